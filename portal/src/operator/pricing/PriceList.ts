/** `PriceListVersionView`: a published version; `supersededBy` once a later publish replaced it. */
export interface PriceListVersion {
  id: string;
  kind: 'azure' | 'shared';
  effectiveDate: string;
  currency: string;
  meterCount: number;
  publishedAt: string;
  supersededBy?: string;
}

/** `ExchangeRateSetView`: units of each currency per US dollar from `effectiveDate` on. */
export interface ExchangeRateSet {
  id: string;
  effectiveDate: string;
  base: string;
  rates: Record<string, number>;
  publishedAt: string;
}

export const PRICE_LISTS_PATH = '/v1/pricelists';
export const EXCHANGE_RATES_PATH = '/v1/exchangerates';
export const PRICE_LISTS_KEY = ['operator', 'pricelists'] as const;
export const EXCHANGE_RATES_KEY = ['operator', 'exchangerates'] as const;
