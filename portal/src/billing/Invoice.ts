/** The API's payment status of an invoice (billing-service `PaymentStatus`, wire names). */
export type PaymentStatus = 'unpaid' | 'partially_paid' | 'paid' | 'overdue';

/** billing-service `InvoiceView`: money as plain JSON numbers, instants as ISO text. */
export interface Invoice {
  id: string;
  invoiceDate: string;
  billingPeriodStartDate: string;
  billingPeriodEndDate: string;
  subTotal: number;
  taxTotal: number;
  totalCharges: number;
  paidAmount: number;
  creditApplied: number;
  balanceAmount: number;
  paymentStatus: PaymentStatus;
  currencyCode: string;
  currencySymbol: string;
  dueDate: string | null;
  pdfDownloadLink: string;
}

export function invoicePath(id: string): string {
  return `/v1/invoices/${encodeURIComponent(id)}`;
}
