import { useQuery } from '@tanstack/react-query';
import { fetchPage, type Link } from '../api/paging';
import type { UtilizationRecord } from './types';
import { utilizationPath, type UsageRange } from './usageRange';

/** The API's largest utilization page. */
const PAGE_SIZE = 1000;
/** Enough for a month of a busy subscription's daily records; beyond it the chart says it shows part of the range. */
const MAX_PAGES = 20;

export interface AllUtilization {
  records: UtilizationRecord[];
  /** The walk stopped at MAX_PAGES with more to read. */
  truncated: boolean;
  /** The API answered 204 (its data for the range is not ready yet; it asks to retry later). */
  notReady: boolean;
}

/** Every record of the range for the chart, read a page at a time through the API's continuation links. */
export function useAllUtilization(customerId: string, subscriptionId: string, range: UsageRange) {
  return useQuery({
    queryKey: ['customer', customerId, 'subscriptions', subscriptionId, 'utilization', range.start, range.end],
    queryFn: async (): Promise<AllUtilization> => {
      const path = utilizationPath(customerId, subscriptionId, range, PAGE_SIZE);
      const records: UtilizationRecord[] = [];
      let link: Link | undefined;
      for (let pages = 0; pages < MAX_PAGES; pages += 1) {
        const page = await fetchPage<UtilizationRecord>(path, link);
        if (!page) {
          return { records, truncated: false, notReady: true };
        }
        records.push(...page.items);
        link = page.links?.next;
        if (!link) {
          return { records, truncated: false, notReady: false };
        }
      }
      return { records, truncated: true, notReady: false };
    },
  });
}
