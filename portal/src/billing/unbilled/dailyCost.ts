import { utcDay } from '../../shell/format';
import type { LineItem } from '../LineItem';

export interface DayCost {
  day: string;
  cost: number;
  /** Running total from the period's first day. */
  cumulative: number;
}

export interface DailyCost {
  days: DayCost[];
  /** Late lines: usage of closed periods the next close bills, not of any day of this period. */
  late: number;
  total: number;
}

function cents(value: number): number {
  return Math.round(Number(value) * 100) / 100;
}

/** The period's days from its start to `until` (inclusive, UTC), each with its cost and the running total. */
export function dailyCost(items: LineItem[], periodStart: string, until: Date): DailyCost {
  const start = utcDay(periodStart);
  const perDay = new Map<string, number>();
  let late = 0;
  for (const item of items) {
    const day = utcDay(item.usageDate);
    if (day < start) {
      late = cents(late + Number(item.billingPreTaxTotal));
    } else {
      perDay.set(day, cents((perDay.get(day) ?? 0) + Number(item.billingPreTaxTotal)));
    }
  }
  const last = [until.toISOString().slice(0, 10), ...perDay.keys()].sort().at(-1) as string;
  const days: DayCost[] = [];
  let cumulative = 0;
  for (let day = new Date(`${start}T00:00:00Z`); utcDay(day.toISOString()) <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    const key = utcDay(day.toISOString());
    const cost = perDay.get(key) ?? 0;
    cumulative = cents(cumulative + cost);
    days.push({ day: key, cost, cumulative });
  }
  return { days, late, total: cents(cumulative + late) };
}
