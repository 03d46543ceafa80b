import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { Payment } from './billingTypes';
import { formatMoney, formatUtcDate, formatUtcDateTime } from '../../shell/format';

const useStyles = makeStyles({
  table: { minWidth: '760px', tableLayout: 'auto' },
  id: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
});

/** Recorded payments of every partner, in the order they were recorded. */
export function PaymentsTable({ payments }: { payments: Payment[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Recorded payments (scrolls sideways)">
      <Table className={styles.table} aria-label="Recorded payments">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Invoice</TableHeaderCell>
            <TableHeaderCell>Amount</TableHeaderCell>
            <TableHeaderCell>Credited</TableHeaderCell>
            <TableHeaderCell>Paid on</TableHeaderCell>
            <TableHeaderCell>Reference</TableHeaderCell>
            <TableHeaderCell>Partner tenant ID</TableHeaderCell>
            <TableHeaderCell>Recorded</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {payments.map((payment) => (
            <TableRow key={payment.id}>
              <TableCell className={styles.id}>{payment.invoiceId}</TableCell>
              <TableCell>{formatMoney(payment.amount, payment.currencyCode)}</TableCell>
              <TableCell>{payment.creditedAmount ? formatMoney(payment.creditedAmount, payment.currencyCode) : '—'}</TableCell>
              <TableCell>{formatUtcDate(payment.paymentDate)}</TableCell>
              <TableCell>{payment.reference ?? '—'}</TableCell>
              <TableCell className={styles.id}>{payment.partnerTenantId}</TableCell>
              <TableCell>{formatUtcDateTime(payment.recordedDateTime)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
