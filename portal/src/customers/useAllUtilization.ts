import { useQuery } from '@tanstack/react-query';
import { walkAll } from '../api/walkAll';
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
      const walked = await walkAll<UtilizationRecord>(utilizationPath(customerId, subscriptionId, range, PAGE_SIZE), MAX_PAGES);
      return { records: walked.items, truncated: walked.more, notReady: walked.notReady };
    },
  });
}
