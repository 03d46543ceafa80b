import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page } from '../api/paging';
import { useMe } from '../me/MeProvider';
import type { SupportTopic } from './ServiceRequest';

/** As much of customer-service's Customer as the choice needs. */
export interface CustomerChoice {
  id: string;
  companyProfile: { companyName: string };
}

export const CUSTOMERS_OFFERED = 100;

/**
 * What a new request chooses from: the support topics (a small catalogue the API returns whole) and, for callers who
 * may read customers, the first customers to name as the one the request is about.
 */
export function useRequestChoices() {
  const { can } = useMe();
  const topics = useQuery({
    queryKey: ['support', 'topics'],
    queryFn: () => api<Page<SupportTopic>>('/v1/servicerequests/supporttopics'),
    staleTime: 10 * 60_000,
  });
  const customers = useQuery({
    queryKey: ['support', 'customer-choices'],
    queryFn: () => api<Page<CustomerChoice>>(`/v1/customers?size=${CUSTOMERS_OFFERED}`),
    enabled: can('customers.read'),
    staleTime: 60_000,
  });
  return { topics, customers, mayChooseCustomer: can('customers.read') };
}
