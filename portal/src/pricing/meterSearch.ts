import type { AzureMeter } from './RateCard';

/** The search over a loaded card: done in the browser, as the whole card is loaded anyway to list its categories. */
export interface MeterSearch {
  /** Matches the meter's name or subcategory anywhere in it, any case. */
  text: string;
  /** Exact category, or '' for all. */
  category: string;
  /** Exact meter region, or ANY_REGION. */
  region: string;
}

/** '' is a real region (meters that are not regional), so "all regions" needs a value of its own. */
export const ANY_REGION = '*';

export const NO_SEARCH: MeterSearch = { text: '', category: '', region: ANY_REGION };

export function searchMeters(meters: AzureMeter[], search: MeterSearch): AzureMeter[] {
  const text = search.text.trim().toLowerCase();
  return meters.filter(
    (meter) =>
      (search.category === '' || meter.category === search.category) &&
      (search.region === ANY_REGION || meter.region === search.region) &&
      (text === '' || meter.name.toLowerCase().includes(text) || meter.subcategory.toLowerCase().includes(text)),
  );
}

/** The distinct values of one field, sorted, for a filter's options. */
export function distinct(meters: AzureMeter[], field: 'category' | 'region'): string[] {
  return [...new Set(meters.map((meter) => meter[field] ?? ''))].sort((a, b) => a.localeCompare(b));
}

export function regionLabel(region: string): string {
  return region === '' ? 'Not regional' : region;
}
