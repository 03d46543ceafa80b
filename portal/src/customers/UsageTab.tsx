import { makeStyles } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { fetchPage } from '../api/paging';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { subscriptionsPath } from './customerApi';
import type { Subscription } from './types';
import { UsageFilters } from './UsageFilters';
import { UsageView } from './UsageView';
import { useCustomer } from './useCustomer';
import { useUsageParams } from './useUsageParams';
import { rangeProblem } from './usageRange';

const useStyles = makeStyles({ stack: { display: 'grid', gap: '16px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** A subscription's Azure usage over a range of days: the chart of it and its records. */
export function UsageTab() {
  const styles = useStyles();
  const customer = useCustomer();
  const params = useUsageParams();
  const subscriptions = useQuery({
    queryKey: ['customer', customer.id, 'subscriptions', 'picker'],
    queryFn: () => fetchPage<Subscription>(subscriptionsPath(customer.id)),
  });
  if (subscriptions.isPending) {
    return <Loading label="Loading subscriptions…" />;
  }
  if (subscriptions.isError) {
    return <ErrorMessage error={subscriptions.error} title="The subscriptions could not be loaded" />;
  }
  const items = subscriptions.data.items;
  if (items.length === 0) {
    return <EmptyState title="No subscriptions yet" hint="Usage appears here once the customer has an Azure plan: order one on the Subscriptions tab." />;
  }
  // The one in the address if it is still the customer's, else the first.
  const selected = items.find((subscription) => subscription.id === params.subscriptionId) ?? items[0];
  const problem = rangeProblem(params.range);
  return (
    <div className={styles.stack}>
      <UsageFilters
        subscriptions={items}
        subscriptionId={selected.id}
        range={params.range}
        problem={problem}
        onSubscription={params.setSubscription}
        onStart={params.setStart}
        onEnd={params.setEnd}
      />
      {!problem && <UsageView customerId={customer.id} subscriptionId={selected.id} range={params.range} />}
    </div>
  );
}
