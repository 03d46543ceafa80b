import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { CustomerUsageRecord } from './usage';
import { formatMoney } from '../../shell/format';

const useStyles = makeStyles({ table: { tableLayout: 'auto', minWidth: '420px' }, amount: { textAlign: 'end', whiteSpace: 'nowrap' } });

/** Every customer's cost and budget, as text ("none" where the API has no budget: it is null, not zero). */
export function CustomerCostTable({ records, currencyCode }: { records: CustomerUsageRecord[]; currencyCode: string }) {
  const styles = useStyles();
  return (
    <TableScroll label="Cost per customer as a table (scrolls sideways)">
      <Table className={styles.table} size="extra-small" aria-label="Cost per customer">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Customer</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Cost this period</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Budget</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Budget used</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {records.map((record) => {
            const budget = record.budget?.amount ?? null;
            return (
              <TableRow key={record.resourceId}>
                <TableCell>{record.resourceName || record.resourceId}</TableCell>
                <TableCell className={styles.amount}>{formatMoney(record.totalCost, record.currencyCode ?? currencyCode)}</TableCell>
                <TableCell className={styles.amount}>{budget === null ? 'none' : formatMoney(budget, currencyCode)}</TableCell>
                <TableCell className={styles.amount}>{budget === null ? '—' : `${record.percentUsed}%`}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
