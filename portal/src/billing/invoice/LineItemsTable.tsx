import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { LineItem } from '../LineItem';
import { formatMoney, formatNumber, formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({
  table: { minWidth: '900px', tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
  amount: { whiteSpace: 'nowrap', textAlign: 'end' },
});

/** Daily rated usage lines: one subscription's use of one meter on one UTC day. */
export function LineItemsTable({ items }: { items: LineItem[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Line items table (scrolls sideways)">
      <Table className={styles.table} aria-label="Line items" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Usage date</TableHeaderCell>
            <TableHeaderCell>Customer</TableHeaderCell>
            <TableHeaderCell>Subscription</TableHeaderCell>
            <TableHeaderCell>Meter</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Quantity</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Unit price</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Pre-tax total</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item, index) => (
            <TableRow key={`${item.subscriptionId}-${item.meterId}-${item.usageDate}-${index}`}>
              <TableCell className={styles.nowrap}>{formatUtcDate(item.usageDate)}</TableCell>
              <TableCell>{item.customerName || item.customerId}</TableCell>
              <TableCell>{item.subscriptionDescription || item.subscriptionId}</TableCell>
              <TableCell>{item.meterName ? `${item.meterName} (${item.meterCategory})` : item.meterId}</TableCell>
              <TableCell className={styles.amount}>{`${formatNumber(item.quantity, 6)} ${item.unitOfMeasure}`}</TableCell>
              <TableCell className={styles.amount}>{formatMoney(item.unitPrice, item.billingCurrency)}</TableCell>
              <TableCell className={styles.amount}>{formatMoney(item.billingPreTaxTotal, item.billingCurrency)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
