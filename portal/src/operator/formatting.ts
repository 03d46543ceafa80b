/** Times as the API gives them (UTC instants), shown in UTC: billing periods and effective dates are UTC days. */
// dateStyle cannot be combined with timeZoneName (a RangeError), so the zone is written out.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(value: string | null | undefined): string {
  return value ? `${dateTime.format(new Date(value))} UTC` : '—';
}

export function formatDate(value: string | null | undefined): string {
  return value ? date.format(new Date(value)) : '—';
}

/** An amount in its currency; the API's decimals are exact, so an unknown currency code still shows its number. */
export function formatMoney(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined) {
    return '—';
  }
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency ?? 'USD' }).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}
