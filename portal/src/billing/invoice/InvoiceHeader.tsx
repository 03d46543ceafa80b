import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Invoice } from '../Invoice';
import { PaymentStatusBadge } from '../invoices/PaymentStatusBadge';
import { formatMoney, formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
    gap: '12px 24px',
    padding: '16px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** The invoice's figures as the API states them (never recomputed here), with its payment status. */
export function InvoiceHeader({ invoice }: { invoice: Invoice }) {
  const styles = useStyles();
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
    <dl className={styles.list} aria-label="Invoice summary">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
