import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { Link } from 'react-router-dom';
import { TableScroll } from '../shell/TableScroll';
import type { ServiceRequest } from './ServiceRequest';
import { SeverityBadge } from './SeverityBadge';
import { SlaSummary } from './sla/SlaSummary';
import { StatusBadge } from './StatusBadge';
import { formatDateTime } from '../shell/format';

const useStyles = makeStyles({
  // Columns as wide as their content: Fluent's fixed layout makes them equal whatever they hold.
  table: { minWidth: '860px', tableLayout: 'auto' },
  id: { display: 'block', fontFamily: 'monospace' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** One page of requests; each title opens the request's page. */
export function RequestsTable({ requests }: { requests: ServiceRequest[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Service requests (scrolls sideways)">
      <Table className={styles.table} aria-label="Service requests">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Title</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Severity</TableHeaderCell>
            <TableHeaderCell>Support topic</TableHeaderCell>
            <TableHeaderCell>Created</TableHeaderCell>
            <TableHeaderCell>Escalated</TableHeaderCell>
            <TableHeaderCell>SLA</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => (
            <TableRow key={request.id}>
              <TableCell>
                <Link to={`/support/requests/${encodeURIComponent(request.id)}`}>{request.title}</Link>
                <Caption1 className={styles.id}>{request.id}</Caption1>
              </TableCell>
              <TableCell><StatusBadge status={request.status} /></TableCell>
              <TableCell><SeverityBadge severity={request.severity} /></TableCell>
              <TableCell>{request.supportTopicName}</TableCell>
              <TableCell className={styles.nowrap}>{formatDateTime(request.createdDate)}</TableCell>
              <TableCell className={styles.nowrap}>
                {request.escalation.escalated ? formatDateTime(request.escalation.escalatedDate) : 'No'}
              </TableCell>
              <TableCell><SlaSummary sla={request.sla} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
