/**
 * The portal's one way to show instants and money. Instants show in the reader's zone; the `Utc` forms are for
 * what the API counts in UTC (billing periods, effective dates, the operator's views), and say "UTC" when they
 * show a time. Blank shows a dash; a value that is not a date shows as the API wrote it.
 */
// dateStyle cannot be combined with timeZoneName (a RangeError), so the zone is written out.
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const UTC_DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const UTC_DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

function formatWith(format: Intl.DateTimeFormat, value: string | null | undefined, suffix = ''): string {
  if (!value) {
    return '—';
  }
  const instant = new Date(value);
  // Formatting an invalid date throws: the API's own text says more than an error page.
  return Number.isNaN(instant.getTime()) ? value : `${format.format(instant)}${suffix}`;
}

export const formatDateTime = (value: string | null | undefined): string => formatWith(DATE_TIME, value);
export const formatDate = (value: string | null | undefined): string => formatWith(DATE, value);
export const formatUtcDateTime = (value: string | null | undefined): string => formatWith(UTC_DATE_TIME, value, ' UTC');
export const formatUtcDate = (value: string | null | undefined): string => formatWith(UTC_DATE, value);

const MONEY = new Map<string, (amount: number) => string>();

/** An amount in its own currency (USD when none is given); a currency the browser does not know shows its code. */
export function formatMoney(amount: number | null | undefined, currencyCode: string | null | undefined): string {
  if (amount === null || amount === undefined) {
    return '—';
  }
  const code = currencyCode || 'USD';
  let format = MONEY.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).format;
    } catch {
      const number = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2 });
      format = (value) => `${number.format(value)} ${code}`;
    }
    MONEY.set(code, format);
  }
  return format(amount);
}

/** `yyyy-MM-dd` of an instant in UTC: what a date input holds and the API reads as a UTC day. */
export function utcDay(instant: number | string | Date): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** A count that may have stopped at a cap (see api/countAll): "1,234", or "1,234+" when there are more. */
export function formatCount(count: { value: number; more: boolean }): string {
  return `${count.value.toLocaleString()}${count.more ? '+' : ''}`;
}

const NUMBERS = new Map<number, Intl.NumberFormat>();

/** A count or quantity in the reader's style, with at most the decimals its kind needs (meters count in fractions). */
export function formatNumber(value: number | string, maximumFractionDigits = 0): string {
  let format = NUMBERS.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits });
    NUMBERS.set(maximumFractionDigits, format);
  }
  return format.format(Number(value));
}
