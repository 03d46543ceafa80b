import { api } from './client';

/** A link in the Partner Center shape: `uri` is relative to `/v1`; seek paging's token rides in its headers. */
export interface Link {
  uri: string;
  method: string;
  headers?: { key: string; value: string }[];
}

export interface Page<T> {
  totalCount: number;
  items: T[];
  links?: { self?: Link; next?: Link; previous?: Link };
}

/** The first page at `path` (under /v1), or the page a `next` link points to, with its continuation header. */
export function fetchPage<T>(path: string, link?: Link): Promise<Page<T>> {
  if (!link) {
    return api<Page<T>>(path);
  }
  const headers = Object.fromEntries((link.headers ?? []).map((header) => [header.key, header.value]));
  return api<Page<T>>(`/v1${link.uri}`, { headers });
}
