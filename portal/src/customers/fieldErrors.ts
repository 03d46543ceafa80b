import { ApiError } from '../api/ApiError';

/** What is wrong with each form field, by the form's field name. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The fields an API refusal names. Its `data` lists `path: what is wrong` (e.g.
 * `billingProfile.defaultAddress.postalCode: '1' is not a postal code in US`) or a bare path (a taken domain);
 * the forms name their fields after the path's last part, which is unique within them.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) {
    return {};
  }
  const errors: FieldErrors = {};
  for (const entry of error.data) {
    if (typeof entry !== 'string') {
      continue;
    }
    const colon = entry.indexOf(': ');
    const path = colon < 0 ? entry : entry.slice(0, colon);
    const field = path.split('.').pop()?.replace(/\[\d+\]$/, '');
    if (field && !errors[field]) {
      errors[field] = colon < 0 ? error.description : entry.slice(colon + 2);
    }
  }
  return errors;
}
