/** Money and dates as billing shows them: amounts in their own currency, dates in UTC (billing periods are UTC months). */

const MONEY = new Map<string, Intl.NumberFormat>();

export function money(amount: number | null | undefined, currencyCode: string | null | undefined): string {
  if (amount === null || amount === undefined) {
    return '—';
  }
  const code = currencyCode || 'USD';
  let format = MONEY.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency: code });
    } catch {
      // Not a currency the browser knows: the number and the code still say it all.
      format = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2 });
    }
    MONEY.set(code, format);
  }
  return format.format(amount);
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function date(value: string | null | undefined): string {
  return value ? DATE.format(new Date(value)) : '—';
}

/** `yyyy-MM` of an instant, in UTC: the billing period it falls in. */
export function periodOf(value: string): string {
  return value.slice(0, 7);
}

/** `2026-11` as "Nov 2026". */
export function monthName(period: string): string {
  return MONTH.format(new Date(`${period}-01T00:00:00Z`));
}

/** `yyyy-MM-dd` of an instant, in UTC. */
export function dayOf(value: string): string {
  return new Date(value).toISOString().slice(0, 10);
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
