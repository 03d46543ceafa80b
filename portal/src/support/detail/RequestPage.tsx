import { useQuery } from '@tanstack/react-query';
import { Body1 } from '@fluentui/react-components';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/ApiError';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { PageHeader } from '../../shell/PageHeader';
import type { ServiceRequest } from '../ServiceRequest';
import { requestPath } from '../serviceRequestApi';
import { SlaClocks } from '../sla/SlaClocks';
import { NotesList } from './NotesList';
import { RequestActions } from './RequestActions';
import { RequestDetails } from './RequestDetails';
import { RequestTimeline } from './RequestTimeline';

/** The API reads the SLA clocks at each request; a minute keeps "time left" honest without a stream of calls. */
const CLOCK_REFRESH_MS = 60_000;

/** Support › Service requests › one request: details, SLA clocks, notes and timeline, and what may be done to it. */
export function RequestPage() {
  const { id = '' } = useParams();
  const request = useQuery({
    queryKey: ['support', 'request', id],
    queryFn: () => api<ServiceRequest>(requestPath(id)),
    refetchInterval: CLOCK_REFRESH_MS,
  });
  if (request.isPending) {
    return <Loading label="Loading the service request…" />;
  }
  if (request.isError) {
    const missing = request.error instanceof ApiError && request.error.notFound;
    return (
      <>
        <PageHeader title={missing ? 'Service request not found' : 'Service request'} />
        <ErrorMessage error={request.error} title={missing ? 'No such service request' : 'The service request could not be loaded'} />
        <Body1>
          <Link to="/support/requests">Back to service requests</Link>
        </Body1>
      </>
    );
  }
  const data = request.data;
  return (
    <>
      <Body1>
        <Link to="/support/requests">Service requests</Link>
      </Body1>
      <PageHeader title={data.title} actions={<RequestActions request={data} />} />
      <RequestDetails request={data} />
      <SlaClocks sla={data.sla} />
      <NotesList notes={data.notes} />
      <RequestTimeline id={data.id} />
    </>
  );
}
