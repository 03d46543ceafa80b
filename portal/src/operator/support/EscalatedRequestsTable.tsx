import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { RouterLink } from '../../shell/RouterLink';
import { TableScroll } from '../../shell/TableScroll';
import { formatUtcDateTime } from '../../shell/format';
import type { ServiceRequest } from '../../support/ServiceRequest';
import { SeverityBadge } from '../../support/SeverityBadge';
import { StatusBadge } from '../../support/StatusBadge';
import { SlaClockText } from './SlaClockText';

const useStyles = makeStyles({
  table: { minWidth: '1040px', tableLayout: 'auto' },
  title: { minWidth: '200px', display: 'grid' },
  wide: { minWidth: '200px' },
});

/** The escalated requests of every partner, oldest first, with why each was escalated and its SLA clocks. */
export function EscalatedRequestsTable({ requests }: { requests: ServiceRequest[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Escalated requests (scrolls sideways)">
      <Table className={styles.table} aria-label="Escalated requests">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Request</TableHeaderCell>
            <TableHeaderCell>Partner</TableHeaderCell>
            <TableHeaderCell>Severity</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Escalated</TableHeaderCell>
            <TableHeaderCell>First response</TableHeaderCell>
            <TableHeaderCell>Resolution</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => (
            <TableRow key={request.id}>
              <TableCell>
                <div className={styles.title}>
                  {/* The support area's request page serves operator_support too: notes, timeline, clocks, status. */}
                  <RouterLink to={`/support/requests/${encodeURIComponent(request.id)}`}>{request.title}</RouterLink>
                  <Caption1>{request.id}{request.supportTopicName ? ` · ${request.supportTopicName}` : ''}</Caption1>
                </div>
              </TableCell>
              <TableCell>{request.organization?.name ?? request.organization?.id ?? '—'}</TableCell>
              <TableCell><SeverityBadge severity={request.severity} /></TableCell>
              <TableCell><StatusBadge status={request.status} /></TableCell>
              <TableCell className={styles.wide}>
                <div>{formatUtcDateTime(request.escalation?.escalatedDate)}</div>
                {request.escalation?.reason && <Caption1>{request.escalation.reason}</Caption1>}
              </TableCell>
              <TableCell className={styles.wide}><SlaClockText clock={request.sla?.firstResponse} /></TableCell>
              <TableCell className={styles.wide}><SlaClockText clock={request.sla?.resolution} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
