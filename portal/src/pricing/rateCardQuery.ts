/**
 * What the rate card is asked for: `region` is the market (an ISO country code) and `currency` the currency to show,
 * each defaulted by the API when empty (the market's currency, else USD); `asOf` (this project's addition) a UTC date
 * whose prices to show, empty for now.
 */
export interface RateCardQuery {
  market: string;
  currency: string;
  asOf: string;
}

export const CURRENT_PRICES: RateCardQuery = { market: '', currency: '', asOf: '' };

export function rateCardPath(query: RateCardQuery): string {
  const parameters = new URLSearchParams();
  if (query.currency) {
    parameters.set('currency', query.currency);
  }
  if (query.market) {
    parameters.set('region', query.market);
  }
  if (query.asOf) {
    parameters.set('asOf', query.asOf);
  }
  const text = parameters.toString();
  return text ? `/v1/ratecards/azure?${text}` : '/v1/ratecards/azure';
}

/** Markets partners commonly sell in; the API takes any ISO country code and says so when one is wrong. */
export const MARKETS = [
  'AU', 'AT', 'BE', 'BR', 'CA', 'CH', 'CN', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'IE', 'IN', 'IT', 'JP', 'KR', 'MX',
  'NL', 'NO', 'NZ', 'PL', 'PT', 'SE', 'SG', 'US', 'ZA',
];

/** Currencies an operator typically publishes exchange rates for; one without a published rate is refused by the API. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'AUD', 'BRL', 'CAD', 'CHF', 'DKK', 'INR', 'JPY', 'KRW', 'NOK', 'NZD', 'SEK'];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function marketName(code: string): string {
  return `${regionNames.of(code) ?? code} (${code})`;
}
