import { api, send } from '../../api/client';
import type { Operation, Payment, PaymentRequest } from './billingTypes';

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

/** An operation, and how long the API asks to wait before asking again (Retry-After, while it runs). */
export async function getOperation(id: string): Promise<{ operation: Operation; retryAfterSeconds: number }> {
  const response = await send(`/v1/operations/${encodeURIComponent(id)}`);
  const retryAfter = Number(response.headers.get('Retry-After'));
  return { operation: (await response.json()) as Operation, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 2 };
}

export function recordPayment(payment: PaymentRequest): Promise<Payment> {
  return api<Payment>(PAYMENTS_PATH, { method: 'POST', body: payment });
}
