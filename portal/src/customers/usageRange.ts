import { utcDay } from '../shell/format';
import { customerPath } from './customerApi';

/** A range of whole UTC days, both included: the API reads a date as a UTC day, and an end date includes its day. */
export interface UsageRange {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

/** The last 30 days, today included. */
export function defaultRange(now = Date.now()): UsageRange {
  return { start: utcDay(now - 29 * DAY_MS), end: utcDay(now) };
}

/** What the API would refuse, said before asking it: start_time is required, and the end may not precede it. */
export function rangeProblem(range: UsageRange): string | undefined {
  if (!range.start || !range.end) {
    return 'Choose a start date and an end date.';
  }
  if (range.end < range.start) {
    return 'The end date must be on or after the start date.';
  }
  return undefined;
}

/** Every day of the range, for a chart that shows days without usage as gaps (capped: a range of years is rare). */
export function daysOf(range: UsageRange, max = 400): string[] {
  const days: string[] = [];
  for (let time = Date.parse(range.start); days.length < max && utcDay(time) <= range.end; time += DAY_MS) {
    days.push(utcDay(time));
  }
  return days;
}

/** The API's utilization query: daily totals, with the resource of each (show_details). */
export function utilizationPath(customerId: string, subscriptionId: string, range: UsageRange, size: number): string {
  const query = new URLSearchParams({
    start_time: range.start,
    end_time: range.end,
    granularity: 'daily',
    show_details: 'true',
    size: String(size),
  });
  return `${customerPath(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}/utilizations/azure?${query}`;
}
