import {
  Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles,
} from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import { operationName, words, type AuditRecord } from './AuditRecord';

const useStyles = makeStyles({
  // Columns as wide as their content: Fluent's fixed layout makes them equal, and a date ran into the next column.
  table: { minWidth: '860px', tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
});

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A customer by name when the API may show it, else by id (a name is null when unknown or another partner's). */
function customer(record: AuditRecord): string {
  return record.customerName ?? record.customerId ?? '—';
}

/** An app-only change has no user: the application acted. */
function actor(record: AuditRecord): string {
  return record.userPrincipalName ?? (record.applicationId ? `Application ${record.applicationId}` : '—');
}

export function AuditTable({ records }: { records: AuditRecord[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Audit records (scrolls sideways)">
      <Table className={styles.table} aria-label="Audit records" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Date</TableHeaderCell>
            <TableHeaderCell>Operation</TableHeaderCell>
            <TableHeaderCell>Resource type</TableHeaderCell>
            <TableHeaderCell>Customer</TableHeaderCell>
            <TableHeaderCell>User</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {records.map((record) => (
            <TableRow key={record.id} data-correlation-id={record.correlationId ?? undefined}>
              <TableCell className={styles.nowrap}>
                <time dateTime={record.operationDate}>{DATE_FORMAT.format(new Date(record.operationDate))}</time>
              </TableCell>
              <TableCell>{operationName(record)}</TableCell>
              <TableCell>{words(record.resourceType)}</TableCell>
              <TableCell>{customer(record)}</TableCell>
              <TableCell>{actor(record)}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={record.operationStatus === 'succeeded' ? 'success' : 'danger'}>
                  {`${words(record.operationStatus)} (${record.httpStatus})`}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
