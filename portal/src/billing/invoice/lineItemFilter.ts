import type { LineItem } from '../LineItem';

/** '' is "all". Customer by id (names may repeat), meter by id. */
export interface LineItemFilter {
  customerId: string;
  meterId: string;
}

export const NO_FILTER: LineItemFilter = { customerId: '', meterId: '' };

export interface Choice {
  value: string;
  label: string;
}

export function matches(item: LineItem, filter: LineItemFilter): boolean {
  return (!filter.customerId || item.customerId === filter.customerId) && (!filter.meterId || item.meterId === filter.meterId);
}

function distinct(items: LineItem[], value: (item: LineItem) => string, label: (item: LineItem) => string): Choice[] {
  const found = new Map<string, string>();
  for (const item of items) {
    found.set(value(item), label(item));
  }
  return [...found].map(([key, text]) => ({ value: key, label: text })).sort((a, b) => a.label.localeCompare(b.label));
}

function including(choices: Choice[], chosen: string): Choice[] {
  return !chosen || choices.some((choice) => choice.value === chosen) ? choices : [...choices, { value: chosen, label: chosen }];
}

/** The customers and meters of the loaded page, and the chosen ones: the filters' choices (the API filters neither). */
export function choicesOf(items: LineItem[], filter: LineItemFilter): { customers: Choice[]; meters: Choice[] } {
  const customers = distinct(items, (item) => item.customerId, (item) => item.customerName || item.customerId);
  const meters = distinct(items, (item) => item.meterId, (item) => (item.meterName ? `${item.meterName} (${item.meterCategory})` : item.meterId));
  return { customers: including(customers, filter.customerId), meters: including(meters, filter.meterId) };
}
