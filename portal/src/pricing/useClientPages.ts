import { useState } from 'react';
import type { PagedList } from '../api/usePagedList';

export interface ClientPages<T> {
  items: T[];
  /** Shaped as the API's paged lists, so the shell's Pager drives it. */
  list: PagedList<unknown>;
  first: number;
  last: number;
  total: number;
}

/**
 * Shows a long list held in memory `size` items at a time: a card has thousands of meters, and rendering them all
 * (each with its tier table) would stall the page. A new `resetKey` (the search) goes back to the first page.
 */
export function useClientPages<T>(all: T[], size: number, resetKey: string): ClientPages<T> {
  const [state, setState] = useState({ key: resetKey, page: 1 });
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const page = state.key === resetKey ? Math.min(state.page, pageCount) : 1;
  const start = (page - 1) * size;
  const items = all.slice(start, start + size);
  return {
    items,
    list: {
      page: undefined,
      isPending: false,
      error: null,
      pageNumber: page,
      hasNext: page < pageCount,
      hasPrevious: page > 1,
      next: () => setState({ key: resetKey, page: page + 1 }),
      previous: () => setState({ key: resetKey, page: page - 1 }),
    },
    first: items.length === 0 ? 0 : start + 1,
    last: start + items.length,
    total: all.length,
  };
}
