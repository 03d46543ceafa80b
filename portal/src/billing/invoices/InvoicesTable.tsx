import {
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles,
} from '@fluentui/react-components';
import { RouterLink } from '../../shell/RouterLink';
import { TableScroll } from '../../shell/TableScroll';
import type { Invoice } from '../Invoice';
import { PaymentStatusBadge } from './PaymentStatusBadge';
import { formatMoney, formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({
  // Columns as wide as their content: Fluent's fixed layout makes them equal whatever they hold.
  table: { minWidth: '820px', tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
  amount: { whiteSpace: 'nowrap', textAlign: 'end' },
});

/** One page of invoices, newest first as the API orders them; the number opens the invoice. */
export function InvoicesTable({ invoices }: { invoices: Invoice[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Invoices table (scrolls sideways)">
      <Table className={styles.table} aria-label="Invoices" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Invoice</TableHeaderCell>
            <TableHeaderCell>Invoice date</TableHeaderCell>
            <TableHeaderCell>Billing period</TableHeaderCell>
            <TableHeaderCell>Due date</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Total</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Balance</TableHeaderCell>
            <TableHeaderCell>Payment status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {invoices.map((invoice) => (
            <TableRow key={invoice.id} data-invoice-id={invoice.id}>
              <TableCell className={styles.nowrap}>
                <RouterLink to={`/billing/invoices/${encodeURIComponent(invoice.id)}`}>{invoice.id}</RouterLink>
              </TableCell>
              <TableCell className={styles.nowrap}>{formatUtcDate(invoice.invoiceDate)}</TableCell>
              <TableCell className={styles.nowrap}>
                {formatUtcDate(invoice.billingPeriodStartDate)} – {formatUtcDate(invoice.billingPeriodEndDate)}
              </TableCell>
              <TableCell className={styles.nowrap}>{formatUtcDate(invoice.dueDate)}</TableCell>
              <TableCell className={styles.amount}>{formatMoney(invoice.totalCharges, invoice.currencyCode)}</TableCell>
              <TableCell className={styles.amount}>{formatMoney(invoice.balanceAmount, invoice.currencyCode)}</TableCell>
              <TableCell>
                <PaymentStatusBadge status={invoice.paymentStatus} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
