import { useState } from 'react';
import { Button, Caption1 } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { usePagedList } from '../api/usePagedList';
import { useMe } from '../me/MeProvider';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { PageHeader } from '../shell/PageHeader';
import { Pager } from '../shell/Pager';
import { NewRequestDialog } from './NewRequestDialog';
import { RequestFilters } from './RequestFilters';
import { RequestsTable } from './RequestsTable';
import type { ServiceRequest } from './ServiceRequest';
import { listPath } from './serviceRequestApi';
import { useRequestFilter } from './useRequestFilter';

/**
 * Support › Service requests: the organisation's requests (for the operator's support, the escalated ones of every
 * partner), oldest first as the API lists them, filtered by the API and paged through its continuation token.
 */
export function ServiceRequestsPage() {
  const { can } = useMe();
  const [filter, setFilter] = useRequestFilter();
  const list = usePagedList<ServiceRequest>(['support', 'requests'], listPath(filter));
  const [opening, setOpening] = useState(false);
  const requests = list.page?.items ?? [];
  const filtered = filter.status !== '' || filter.severity !== '';
  const newButton = can('service_requests.open') && (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => setOpening(true)}>
      New service request
    </Button>
  );
  return (
    <>
      <PageHeader title="Service requests" actions={newButton || undefined} />
      <RequestFilters filter={filter} onChange={setFilter} />
      {list.isPending ? (
        <Loading label="Loading service requests…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="The service requests could not be loaded" />
      ) : requests.length === 0 && list.pageNumber === 1 ? (
        filtered ? (
          <EmptyState title="No service requests match" hint="Choose All statuses and All severities to see every request." />
        ) : (
          <EmptyState
            title="No service requests yet"
            hint={can('service_requests.open') ? 'Use "New service request" when you need help from support.' : 'Requests show here once your organisation opens one.'}
          />
        )
      ) : (
        <>
          <Caption1>Oldest first. SLA clocks start when a request is escalated to support.</Caption1>
          <RequestsTable requests={requests} />
          <Pager list={list} label="Service requests" />
        </>
      )}
      {opening && <NewRequestDialog onClose={() => setOpening(false)} />}
    </>
  );
}
