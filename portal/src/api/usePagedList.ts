import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchPage, type Link, type Page } from './paging';

export interface PagedList<T> {
  page: Page<T> | undefined;
  isPending: boolean;
  error: unknown;
  pageNumber: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
}

/**
 * A list read a page at a time through the API's `links.next` (seek paging: the continuation token travels in a
 * header, so going back means remembering the links that led here). Changing `path` starts again at page one.
 */
export function usePagedList<T>(key: readonly unknown[], path: string, enabled = true): PagedList<T> {
  const [trail, setTrail] = useState<{ path: string; links: (Link | undefined)[] }>({ path, links: [undefined] });
  const links = trail.path === path ? trail.links : [undefined];
  const current = links[links.length - 1];
  const query = useQuery({
    queryKey: [...key, path, links.length, current?.headers?.[0]?.value ?? ''],
    queryFn: () => fetchPage<T>(path, current),
    placeholderData: keepPreviousData,
    enabled,
  });
  const nextLink = query.data?.links?.next;
  return {
    page: query.data,
    isPending: query.isPending,
    error: query.error,
    pageNumber: links.length,
    hasNext: Boolean(nextLink) && !query.isPlaceholderData,
    hasPrevious: links.length > 1,
    next: () => nextLink && setTrail({ path, links: [...links, nextLink] }),
    previous: () => setTrail({ path, links: links.slice(0, -1) }),
  };
}
