import { ApiError } from '../api/ApiError';

/** What the API said is wrong with each field, by the field's path on the wire (`globalAdmin.objectId`). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The fields a 400 names. Its `data` lists `path: what is wrong` (`amount: must be a number above 0 …`), or only a
 * path, when the description says what is wrong. A path is kept whole: forms here name fields by their wire path.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return {};
  }
  const errors: FieldErrors = {};
  for (const entry of error.data) {
    if (typeof entry !== 'string') {
      continue;
    }
    const colon = entry.indexOf(': ');
    const path = (colon < 0 ? entry : entry.slice(0, colon)).trim();
    const message = colon < 0 ? error.description : entry.slice(colon + 2);
    errors[path] = errors[path] ? `${errors[path]}; ${message}` : message;
  }
  return errors;
}
