import { daysOf, type UsageRange } from './usageRange';
import type { UtilizationRecord } from './types';

export const UNCATEGORISED = 'Uncategorised';

export interface DailyUsage {
  /** The chart's rows: `day` and one quantity per category used that day. */
  rows: Record<string, string | number>[];
  /** The categories, the most used first, so the largest stack segment sits at the bottom. */
  categories: string[];
}

/** Records totalled per UTC day and meter category (a meter no price list names yet counts as uncategorised). */
export function dailyByCategory(records: UtilizationRecord[], range: UsageRange): DailyUsage {
  const byDay = new Map<string, Record<string, string | number>>(daysOf(range).map((day) => [day, { day }]));
  const totals = new Map<string, number>();
  for (const record of records) {
    const day = record.usageStartTime.slice(0, 10);
    const category = record.resource?.category || UNCATEGORISED;
    const row = byDay.get(day) ?? { day };
    row[category] = Number(row[category] ?? 0) + Number(record.quantity);
    byDay.set(day, row);
    totals.set(category, (totals.get(category) ?? 0) + Number(record.quantity));
  }
  const categories = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([category]) => category);
  const rows = [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day)));
  return { rows, categories };
}
