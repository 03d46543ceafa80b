import { api } from '../../api/client';
import type { Operation } from '../../api/operation';
import type { Payment, PaymentRequest } from './billingTypes';

export const PERIODS_PATH = '/v1/billingperiods';
export const PAYMENTS_PATH = '/v1/payments';
export const UNRATED_PATH = '/v1/usagerecords/unrated';

/** Starts the close of a month (yyyy-MM) for every partner, or for the one named: 202 with the operation to follow. */
export function closePeriod(period: string, partnerTenantId?: string): Promise<Operation> {
  return api<Operation>(`${PERIODS_PATH}/${encodeURIComponent(period)}/close`, {
    method: 'POST',
    body: partnerTenantId ? { partnerTenantId } : {},
  });
}

export function recordPayment(payment: PaymentRequest): Promise<Payment> {
  return api<Payment>(PAYMENTS_PATH, { method: 'POST', body: payment });
}
