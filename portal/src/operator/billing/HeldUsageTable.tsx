import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { UnratedUsage } from './billingTypes';
import { formatUtcDateTime } from '../../shell/format';

const useStyles = makeStyles({
  table: { minWidth: '860px', tableLayout: 'auto' },
  id: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
  reason: { minWidth: '220px' },
});

/** Usage billing cannot rate yet, each with what it waits for in words (the wire reason kept in `data-reason`). */
export function HeldUsageTable({ records }: { records: UnratedUsage[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Held usage records (scrolls sideways)">
      <Table className={styles.table} aria-label="Held usage records">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Waiting for</TableHeaderCell>
            <TableHeaderCell>Held since</TableHeaderCell>
            <TableHeaderCell>Usage start</TableHeaderCell>
            <TableHeaderCell>Quantity</TableHeaderCell>
            <TableHeaderCell>Meter ID</TableHeaderCell>
            <TableHeaderCell>Partner tenant ID</TableHeaderCell>
            <TableHeaderCell>Subscription ID</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {records.map((record) => (
            <TableRow key={record.id}>
              <TableCell className={styles.reason} data-reason={record.reason}>{record.reasonDescription}</TableCell>
              <TableCell>{formatUtcDateTime(record.heldSince)}</TableCell>
              <TableCell>{formatUtcDateTime(record.usageStartTime)}</TableCell>
              <TableCell>{`${record.quantity} ${record.unit ?? ''}`.trim()}</TableCell>
              <TableCell className={styles.id}>{record.meterId ?? '—'}</TableCell>
              <TableCell className={styles.id}>{record.partnerTenantId ?? '—'}</TableCell>
              <TableCell className={styles.id}>{record.subscriptionId ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
