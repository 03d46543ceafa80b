/** A quantity with the precision usage needs (meters count in fractions) and no more. */
export function formatQuantity(value: number): string {
  return value.toLocaleString(undefined, { maximumFractionDigits: 4 });
}

/** `suspended` → `Suspended`: the API's lower-case enums in words. */
export function capitalized(value: string | null | undefined): string {
  return value ? value.charAt(0).toUpperCase() + value.slice(1) : '—';
}
