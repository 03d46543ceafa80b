import { fetchPage, type Link } from './paging';

export interface Walked<T> {
  items: T[];
  /** True when the walk stopped at the cap: totals are then of the first pages only, and say so. */
  more: boolean;
  /** The API answered 204 (the real API's "not ready yet, retry later" for usage). */
  notReady: boolean;
}

/**
 * Every item of a list, page after page through `links.next` (seek paging), for totals and charts that need the
 * whole list rather than the page on screen. Stops after `maxPages` so a huge list cannot hang the browser.
 */
export async function walkAll<T>(path: string, maxPages = 20): Promise<Walked<T>> {
  const items: T[] = [];
  let link: Link | undefined;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await fetchPage<T>(path, link);
    if (!page) {
      return { items, more: false, notReady: true };
    }
    items.push(...page.items);
    link = page.links?.next;
    if (!link) {
      return { items, more: false, notReady: false };
    }
  }
  return { items, more: true, notReady: false };
}
