/** The wire shapes of pricing-service's `GET /v1/ratecards/azure` (RateCardWriter, AzureMeterView, ExchangeRateView). */
export interface ExchangeRate {
  base: string;
  currency: string;
  rate: number;
  effectiveDate: string;
  setId: string;
}

export interface AzureMeter {
  id: string;
  name: string;
  /** Tier start quantity (a plain decimal as text) → unit price in the card's currency. */
  rates: Record<string, number>;
  tags: string[];
  category: string;
  subcategory: string;
  /** The meter's region ("US East"); empty for meters that are not regional. */
  region: string;
  unit: string;
  includedQuantity: number;
  effectiveDate: string;
}

export interface AzureRateCard {
  locale: string;
  currency: string;
  isTaxIncluded: boolean;
  /** Absent for USD, which is not converted. */
  exchangeRate?: ExchangeRate;
  meters: AzureMeter[];
}
