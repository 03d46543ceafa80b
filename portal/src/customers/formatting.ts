/** `suspended` → `Suspended`: the API's lower-case enums in words. */
export function capitalized(value: string | null | undefined): string {
  return value ? value.charAt(0).toUpperCase() + value.slice(1) : '—';
}
