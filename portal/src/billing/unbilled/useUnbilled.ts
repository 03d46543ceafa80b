import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/paging';
import { USAGE_LINES, type LineItem } from '../LineItem';
import { walkAll } from '../../api/walkAll';
import { withPartner, type CustomerUsageRecord, type PartnerUsageSummary } from './usage';

/** Up to 25 pages of 2,000 (the API's maximum page): 50,000 lines, enough for a month of most partners. */
const MAX_LINE_PAGES = 25;

export function usageSummaryQuery(partnerTenantId?: string) {
  return {
    queryKey: ['billing', 'usagesummary', partnerTenantId ?? ''],
    queryFn: () => api<PartnerUsageSummary>(withPartner('/v1/usagesummary', partnerTenantId)),
  };
}

/**
 * The current period's figures: the partner's summary (its total and billing currency), each customer's cost, and
 * the unbilled line items (read in the summary's currency, which they require) for the cost per day.
 */
export function useUnbilled(partnerTenantId: string | undefined, enabled: boolean) {
  const summary = useQuery({ ...usageSummaryQuery(partnerTenantId), enabled });
  const customers = useQuery({
    queryKey: ['billing', 'usagerecords', partnerTenantId ?? ''],
    queryFn: () => api<Page<CustomerUsageRecord>>(withPartner('/v1/customers/usagerecords', partnerTenantId)),
    enabled,
  });
  const currency = summary.data?.currencyCode;
  const lines = useQuery({
    queryKey: ['billing', 'unbilled-lines', partnerTenantId ?? '', currency],
    queryFn: () => walkAll<LineItem>(
      withPartner(`/v1/invoices/unbilled/lineitems?${USAGE_LINES}&currencycode=${currency}&period=current&size=2000`, partnerTenantId),
      MAX_LINE_PAGES,
    ),
    enabled: enabled && Boolean(currency),
  });
  return { summary, customers, lines };
}
