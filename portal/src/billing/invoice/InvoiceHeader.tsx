import type { ReactNode } from 'react';
import type { Invoice } from '../Invoice';
import { PaymentStatusBadge } from '../invoices/PaymentStatusBadge';
import { DescriptionList } from '../../shell/DescriptionList';
import { formatMoney, formatUtcDate } from '../../shell/format';

/** The invoice's figures as the API states them (never recomputed here), with its payment status. */
export function InvoiceHeader({ invoice }: { invoice: Invoice }) {
  const code = invoice.currencyCode;
  const facts: [string, ReactNode][] = [
    ['Invoice number', invoice.id],
    ['Invoice date', formatUtcDate(invoice.invoiceDate)],
    ['Billing period', `${formatUtcDate(invoice.billingPeriodStartDate)} – ${formatUtcDate(invoice.billingPeriodEndDate)}`],
    ['Due date', formatUtcDate(invoice.dueDate)],
    ['Currency', code],
    ['Subtotal', formatMoney(invoice.subTotal, code)],
    ['Tax', formatMoney(invoice.taxTotal, code)],
    ['Total', formatMoney(invoice.totalCharges, code)],
    ['Credit applied', formatMoney(invoice.creditApplied, code)],
    ['Paid', formatMoney(invoice.paidAmount, code)],
    ['Balance', formatMoney(invoice.balanceAmount, code)],
    ['Payment status', <PaymentStatusBadge status={invoice.paymentStatus} />],
  ];
  return (
    <DescriptionList items={facts} label="Invoice summary" tiles />
  );
}
