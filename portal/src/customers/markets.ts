/**
 * The countries customers can be created in: commons' catalog.Markets (customer-service refuses any other), with the
 * culture and language a new customer there usually gets, so that picking the country fills in sensible ones.
 */
export interface Market {
  code: string;
  name: string;
  culture: string;
  language: string;
}

export const MARKETS: Market[] = [
  { code: 'AU', name: 'Australia', culture: 'en-AU', language: 'en' },
  { code: 'CA', name: 'Canada', culture: 'en-CA', language: 'en' },
  { code: 'DE', name: 'Germany', culture: 'de-DE', language: 'de' },
  { code: 'FR', name: 'France', culture: 'fr-FR', language: 'fr' },
  { code: 'GB', name: 'United Kingdom', culture: 'en-GB', language: 'en' },
  { code: 'IN', name: 'India', culture: 'en-IN', language: 'en' },
  { code: 'JP', name: 'Japan', culture: 'ja-JP', language: 'ja' },
  { code: 'NL', name: 'Netherlands', culture: 'nl-NL', language: 'nl' },
  { code: 'US', name: 'United States', culture: 'en-US', language: 'en' },
];

export function marketOf(code: string): Market | undefined {
  return MARKETS.find((market) => market.code === code.toUpperCase());
}
