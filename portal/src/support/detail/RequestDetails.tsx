import type { ReactNode } from 'react';
import { Body1, Subtitle2, makeStyles } from '@fluentui/react-components';
import type { ServiceRequest } from '../ServiceRequest';
import { SeverityBadge } from '../SeverityBadge';
import { StatusBadge } from '../StatusBadge';
import { DescriptionList } from '../../shell/DescriptionList';
import { formatDateTime } from '../../shell/format';

const useStyles = makeStyles({
  description: { display: 'block', margin: '0 0 12px', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

function contactOf(request: ServiceRequest): string | undefined {
  const contact = request.primaryContact;
  if (!contact) {
    return undefined;
  }
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return [name, contact.email, contact.phoneNumber].filter(Boolean).join(', ') || undefined;
}

/** What the request is about and where it stands, as a description list. */
export function RequestDetails({ request }: { request: ServiceRequest }) {
  const styles = useStyles();
  const rows: [string, ReactNode][] = [
    ['Status', <StatusBadge status={request.status} />],
    ['Severity', <SeverityBadge severity={request.severity} />],
    ['Support topic', request.supportTopicName],
    ['Request ID', request.id],
    ['Customer', request.customerId ?? 'None'],
    ['Organisation', request.organization?.name ?? request.organization?.id ?? '—'],
    ['Contact', contactOf(request) ?? '—'],
    ['Created', formatDateTime(request.createdDate)],
    ['Last changed', formatDateTime(request.lastModifiedDate)],
    ['Last closed', request.lastClosedDate ? formatDateTime(request.lastClosedDate) : 'Never'],
    ['Escalated', request.escalation.escalated ? `${formatDateTime(request.escalation.escalatedDate)}: ${request.escalation.reason ?? ''}` : 'No'],
  ];
  return (
    <section aria-labelledby="details-heading">
      <Subtitle2 as="h2" block id="details-heading">Details</Subtitle2>
      <Body1 as="p" className={styles.description}>{request.description}</Body1>
      <DescriptionList items={rows} />
    </section>
  );
}
