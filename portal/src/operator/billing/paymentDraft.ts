import type { PaymentRequest } from './billingTypes';

/** The payment form as typed; the amount stays text so the API judges it exactly (minor units of the currency). */
export type PaymentDraft = Required<PaymentRequest>;

export const EMPTY_PAYMENT: PaymentDraft = { invoiceId: '', amount: '', currencyCode: '', paymentDate: '', reference: '' };

/** The body: blank optional fields left out (no date is today, as the API takes it). */
export function toPaymentRequest(draft: PaymentDraft): PaymentRequest {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    invoiceId: draft.invoiceId.trim(),
    amount: draft.amount.trim(),
    currencyCode: draft.currencyCode.trim(),
    paymentDate: optional(draft.paymentDate),
    reference: optional(draft.reference),
  };
}
