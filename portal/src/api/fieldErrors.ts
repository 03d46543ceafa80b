import { ApiError } from './ApiError';

/** What the API said is wrong with each form field, by the field's key (see the two readings below). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The fields a refusal names. Its `data` lists `path: what is wrong` (`amount: must be a number above 0 …`), or only a
 * path, when the description says what is wrong (a taken domain).
 */
function refusedFields(error: ApiError): { path: string; message: string }[] {
  return error.data.filter((entry): entry is string => typeof entry === 'string').map((entry) => {
    const colon = entry.indexOf(': ');
    return {
      path: (colon < 0 ? entry : entry.slice(0, colon)).trim(),
      message: colon < 0 ? error.description : entry.slice(colon + 2),
    };
  });
}

/** A 400's fields by their whole wire path (`globalAdmin.objectId`), every complaint about a field joined. */
export function fieldErrorsByPath(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return {};
  }
  const errors: FieldErrors = {};
  for (const { path, message } of refusedFields(error)) {
    errors[path] = errors[path] ? `${errors[path]}; ${message}` : message;
  }
  return errors;
}

/**
 * Any refusal's fields by the path's last part (`billingProfile.defaultAddress.postalCode` → `postalCode`), for forms
 * whose field names are unique within them; the first complaint about a field wins.
 */
export function fieldErrorsByName(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) {
    return {};
  }
  const errors: FieldErrors = {};
  for (const { path, message } of refusedFields(error)) {
    const field = path.split('.').pop()?.replace(/\[\d+\]$/, '');
    if (field && !errors[field]) {
      errors[field] = message;
    }
  }
  return errors;
}
