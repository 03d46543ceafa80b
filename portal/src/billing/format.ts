/** Billing's own reading of dates and sizes: billing periods are UTC months (money and dates: shell/format). */
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `yyyy-MM` of an instant, in UTC: the billing period it falls in. */
export function periodOf(value: string): string {
  return value.slice(0, 7);
}

/** `2026-11` as "Nov 2026". */
export function monthName(period: string): string {
  return MONTH.format(new Date(`${period}-01T00:00:00Z`));
}

export function bytes(count: number): string {
  if (count < 1024) {
    return `${count} B`;
  }
  const units = ['KiB', 'MiB', 'GiB'];
  let value = count / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
