import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import { monthName } from '../format';
import type { CurrencyTotals } from './invoiceTotals';
import { formatMoney } from '../../shell/format';

const useStyles = makeStyles({ table: { tableLayout: 'auto' }, amount: { textAlign: 'end', whiteSpace: 'nowrap' } });

/** The monthly chart's figures as text, folded away by default so the invoices stay near the top. */
export function MonthlyTotalsTable({ totals }: { totals: CurrencyTotals }) {
  const styles = useStyles();
  return (
    <details>
      <summary>Totals per month as a table</summary>
      <TableScroll label={`Invoice totals per month in ${totals.currencyCode}, as a table (scrolls sideways)`}>
      <Table className={styles.table} size="extra-small" aria-label={`Invoice totals per month in ${totals.currencyCode}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Billing period</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Invoices</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Total</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {totals.months.map((month) => (
            <TableRow key={month.period}>
              <TableCell>{monthName(month.period)}</TableCell>
              <TableCell className={styles.amount}>{month.invoices}</TableCell>
              <TableCell className={styles.amount}>{formatMoney(month.total, totals.currencyCode)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      </TableScroll>
    </details>
  );
}
