import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { BillingPeriodState } from './billingTypes';
import { PeriodStateBadge } from './PeriodStateBadge';
import { formatUtcDateTime } from '../../shell/format';

const useStyles = makeStyles({
  table: { minWidth: '680px', tableLayout: 'auto' },
  id: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
});

/** Each partner's state of each period with usage or a close, newest period first. */
export function PeriodsTable({ periods }: { periods: BillingPeriodState[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Billing periods by partner (scrolls sideways)">
      <Table className={styles.table} aria-label="Billing periods by partner">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Period</TableHeaderCell>
            <TableHeaderCell>Partner tenant ID</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Closed</TableHeaderCell>
            <TableHeaderCell>Invoices issued</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {periods.map((period) => (
            <TableRow key={`${period.billingPeriod}-${period.partnerTenantId}`}>
              <TableCell>{period.billingPeriod}</TableCell>
              <TableCell className={styles.id}>{period.partnerTenantId}</TableCell>
              <TableCell>
                <PeriodStateBadge state={period.state} />
              </TableCell>
              <TableCell>{formatUtcDateTime(period.closedDateTime)}</TableCell>
              <TableCell>{period.invoiceCount ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
