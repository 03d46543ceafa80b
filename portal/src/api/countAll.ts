import { walkAll } from './walkAll';

export interface Count {
  value: number;
  /** True when the walk stopped at the cap: show "n+" rather than a wrong total. */
  more: boolean;
}

/**
 * Counts a list's items (those `matching`, if given): the API's `totalCount` is the size of one page, as in the
 * real API, so a total is the sum over pages.
 */
export async function countAll<T>(path: string, matching: (item: T) => boolean = () => true, maxPages = 20): Promise<Count> {
  const walked = await walkAll<T>(path, maxPages);
  return { value: walked.items.filter(matching).length, more: walked.more };
}
