/** `BillingPeriodState`: one partner's view of a month (the API writes no nulls: absent until closed). */
export interface BillingPeriodState {
  billingPeriod: string;
  billingPeriodStartDate: string;
  billingPeriodEndDate: string;
  partnerTenantId: string;
  state: 'open' | 'ended' | 'closed';
  closedDateTime?: string;
  invoiceCount?: number;
  operationId?: string;
}

/** The body of `POST /v1/payments` (billing's `PaymentRequest`). */
export interface PaymentRequest {
  invoiceId: string;
  amount: string;
  currencyCode: string;
  paymentDate?: string;
  reference?: string;
}

/** `PaymentView`: `creditedAmount` is what went beyond the invoice's balance, now the partner's credit. */
export interface Payment {
  id: string;
  invoiceId: string;
  partnerTenantId: string;
  amount: number;
  currencyCode: string;
  paymentDate: string;
  reference?: string;
  recordedDateTime: string;
  creditedAmount?: number;
}

/** `UnratedUsageView`: a usage record billing holds, and what it waits for to rate it. */
export interface UnratedUsage {
  id: string;
  customerId?: string;
  partnerTenantId?: string;
  subscriptionId?: string;
  meterId?: string;
  quantity: number;
  unit?: string;
  usageStartTime: string;
  usageEndTime?: string;
  reason: string;
  reasonDescription: string;
  heldSince: string;
}
