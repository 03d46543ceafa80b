import { fetchPage, type Link } from './paging';

export interface Count {
  value: number;
  /** True when the walk stopped at the cap: show "n+" rather than a wrong total. */
  more: boolean;
}

/**
 * Counts a list's items (those `matching`, if given) by walking its pages: the API's `totalCount` is the size of one
 * page, as in the real API, so a total is the sum over pages. Stops after `maxPages` for very large lists.
 */
export async function countAll<T>(path: string, matching: (item: T) => boolean = () => true, maxPages = 20): Promise<Count> {
  let value = 0;
  let link: Link | undefined;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await fetchPage<T>(path, link);
    value += page.items.filter(matching).length;
    link = page.links?.next;
    if (!link) {
      return { value, more: false };
    }
  }
  return { value, more: true };
}
