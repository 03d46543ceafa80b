/** billing-service `PartnerUsageSummaryView`: the current period's rated cost over all the partner's customers. */
export interface PartnerUsageSummary {
  resourceName: string;
  billingStartDate: string;
  billingEndDate: string;
  totalCost: number;
  currencyCode: string | null;
  lastModifiedDate: string;
  customersWithUsageBasedSubscription: number;
}

/** billing-service `CustomerMonthlyUsageRecordView`; `budget.amount` is null while no budget is set (always, so far). */
export interface CustomerUsageRecord {
  resourceId: string;
  resourceName: string;
  totalCost: number;
  currencyCode: string | null;
  budget: { amount: number | null } | null;
  percentUsed: number;
}

/** The operator names the partner (`partnerTenantId`); a partner's own callers send nothing. */
export function withPartner(path: string, partnerTenantId: string | undefined): string {
  if (!partnerTenantId) {
    return path;
  }
  return `${path}${path.includes('?') ? '&' : '?'}partnerTenantId=${encodeURIComponent(partnerTenantId)}`;
}
