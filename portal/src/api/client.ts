import { ApiError } from './ApiError';

/** Supplies a current access token; the sign-in module sets it once the user is signed in. */
type TokenSource = () => Promise<string>;

let tokenSource: TokenSource = () => Promise.reject(new Error('Not signed in.'));

export function setTokenSource(source: TokenSource): void {
  tokenSource = source;
}

/** The current access token, for calls `send()` cannot make (an upload that reports its progress needs XMLHttpRequest). */
export function accessToken(): Promise<string> {
  return tokenSource();
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Sent as `If-Match` for optimistic updates. */
  etag?: string;
  headers?: Record<string, string>;
}

/**
 * Every call to the API: the bearer token, a correlation id per call and a request id per write (so a retried
 * write is applied once, the API's idempotency key), JSON both ways, and refusals as {@link ApiError}.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) {
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The raw response, for callers that read headers (an ETag) as well as the body. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${await tokenSource()}`,
    'MS-CorrelationId': crypto.randomUUID(),
    ...options.headers,
  };
  if (method !== 'GET') {
    headers['MS-RequestId'] = crypto.randomUUID();
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.etag) {
    headers['If-Match'] = options.etag;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) {
    throw await ApiError.of(response);
  }
  return response;
}
