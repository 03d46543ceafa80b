import { useState } from 'react';
import { usePagedList } from '../../api/usePagedList';
import { PageHeader } from '../../shell/PageHeader';
import { PagedTable } from '../PagedTable';
import { EscalatedRequestsTable } from './EscalatedRequestsTable';
import { QueueFilters, type QueueFilter } from './QueueFilters';
import type { ServiceRequest } from '../../support/ServiceRequest';

/** The path of the queue: operator_support sees only escalated requests anyway; escalated=true says so in the query. */
function queuePath(filter: QueueFilter): string {
  const query = new URLSearchParams({ escalated: 'true' });
  if (filter.status) {
    query.set('status', filter.status);
  }
  if (filter.severity) {
    query.set('severity', filter.severity);
  }
  return `/v1/servicerequests?${query}`;
}

/** The operator's support queue: every partner's escalated requests, with their SLA clocks. */
export function EscalatedRequestsPage() {
  const [filter, setFilter] = useState<QueueFilter>({ status: '', severity: '' });
  const list = usePagedList<ServiceRequest>(['operator', 'escalated'], queuePath(filter));
  const filtered = filter.status !== '' || filter.severity !== '';
  return (
    <>
      <PageHeader title="Escalated requests" />
      <QueueFilters filter={filter} onChange={setFilter} />
      <PagedTable
        list={list}
        label="Escalated requests"
        empty={
          filtered
            ? { title: 'No escalated request matches', hint: 'Choose "Any status" and "Any severity" to see the whole queue.' }
            : { title: 'The queue is empty', hint: 'No partner has escalated a request. Escalated requests appear here as partners escalate them.' }
        }
      >
        {(requests) => <EscalatedRequestsTable requests={requests} />}
      </PagedTable>
    </>
  );
}
