import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { DailyCost } from './dailyCost';
import { formatMoney, formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({ table: { tableLayout: 'auto' }, amount: { textAlign: 'end', whiteSpace: 'nowrap' } });

/** The running cost chart's figures, folded away by default: a month is up to 31 rows. */
export function DailyCostTable({ daily, currencyCode }: { daily: DailyCost; currencyCode: string }) {
  const styles = useStyles();
  return (
    <details>
      <summary>Cost per day as a table</summary>
      <TableScroll label="Cost per day (scrolls sideways)">
        <Table className={styles.table} size="extra-small" aria-label="Cost per day">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Day</TableHeaderCell>
              <TableHeaderCell className={styles.amount}>Cost</TableHeaderCell>
              <TableHeaderCell className={styles.amount}>Cost so far</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {daily.days.map((day) => (
              <TableRow key={day.day}>
                <TableCell>{formatUtcDate(day.day)}</TableCell>
                <TableCell className={styles.amount}>{formatMoney(day.cost, currencyCode)}</TableCell>
                <TableCell className={styles.amount}>{formatMoney(day.cumulative, currencyCode)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </details>
  );
}
