import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Body1, makeStyles } from '@fluentui/react-components';
import { countAll, type Count } from '../api/countAll';
import { BillingTiles } from '../billing/BillingTiles';
import { useMe } from '../me/MeProvider';
import { PageHeader } from '../shell/PageHeader';
import { Tile } from '../shell/Tile';
import { formatCount } from '../shell/format';

const useStyles = makeStyles({ tiles: { display: 'flex', flexWrap: 'wrap', gap: '16px' } });

/** Statuses of a service request that still needs work (the API's `ServiceRequestStatus`). */
const OPEN_STATUSES = new Set(['open', 'attention_needed']);

function figure(count: Count | undefined): string | undefined {
  return count && formatCount(count);
}

/** The first page after sign-in: what needs attention, as far as the caller's features go. */
export function HomePage() {
  const styles = useStyles();
  const { me, can } = useMe();
  const customers = useQuery({
    queryKey: ['home', 'customers'],
    queryFn: () => countAll('/v1/customers?size=500'),
    enabled: can('customers.read'),
  });
  const requests = useQuery({
    queryKey: ['home', 'servicerequests'],
    queryFn: () => countAll<{ status: string }>('/v1/servicerequests?size=500', (request) => OPEN_STATUSES.has(request.status?.toLowerCase())),
    enabled: can('service_requests.read'),
  });
  const settled = [customers, requests].every((query) => !query.isPending || query.fetchStatus === 'idle');
  useEffect(() => {
    // Read by the browser tests to print the time to first render; never asserted.
    if (settled && performance.getEntriesByName('portal:home-rendered').length === 0) {
      performance.mark('portal:home-rendered');
    }
  }, [settled]);
  return (
    <>
      <PageHeader title={`Welcome, ${me.partner.name}`} />
      <Body1>Signed in as {me.user.userPrincipalName ?? me.user.id}.</Body1>
      <div className={styles.tiles}>
        {can('customers.read') && (
          <Tile title="Customers" figure={figure(customers.data)} failed={customers.isError} to="/customers" linkText="View customers" />
        )}
        {can('service_requests.read') && (
          <Tile title="Open service requests" figure={figure(requests.data)} failed={requests.isError} to="/support/requests" linkText="View service requests" />
        )}
        <BillingTiles />
      </div>
    </>
  );
}
