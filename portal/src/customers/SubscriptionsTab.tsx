import { useState } from 'react';
import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { usePagedList } from '../api/usePagedList';
import { useMe } from '../me/MeProvider';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { Pager } from '../shell/Pager';
import { ChangeStatusDialog } from './ChangeStatusDialog';
import { subscriptionsPath } from './customerApi';
import { OrderAzurePlanButton } from './OrderAzurePlanButton';
import { RenameSubscriptionDialog } from './RenameSubscriptionDialog';
import { SubscriptionsTable, type SubscriptionAction } from './SubscriptionsTable';
import type { Subscription } from './types';
import { useCustomer } from './useCustomer';

const useStyles = makeStyles({ stack: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' }, bar: { display: 'flex', gap: '8px' } });

/** The customer's subscriptions; orders and changes for callers who may make them (customers.write, as the API). */
export function SubscriptionsTab() {
  const styles = useStyles();
  const customer = useCustomer();
  const { can } = useMe();
  const writable = can('customers.write');
  const list = usePagedList<Subscription>(['customer', customer.id, 'subscriptions'], subscriptionsPath(customer.id));
  const [open, setOpen] = useState<{ subscription: Subscription; action: SubscriptionAction } | null>(null);
  const [ordered, setOrdered] = useState(false);
  const items = list.page?.items ?? [];
  const close = () => setOpen(null);
  return (
    <div className={styles.stack}>
      {writable && (
        <div className={styles.bar}>
          <OrderAzurePlanButton customerId={customer.id} country={customer.billingProfile.defaultAddress.country} onOrdered={() => setOrdered(true)} />
        </div>
      )}
      {ordered && (
        <MessageBar intent="success">
          <MessageBarBody>Azure plan ordered: its subscription is active.</MessageBarBody>
        </MessageBar>
      )}
      {list.isPending ? (
        <Loading label="Loading subscriptions…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="The subscriptions could not be loaded" />
      ) : items.length === 0 ? (
        <EmptyState
          title="No subscriptions yet"
          hint={writable ? 'Order an Azure plan to give this customer a subscription.' : 'Subscriptions appear here once the customer has ordered.'}
        />
      ) : (
        <>
          <SubscriptionsTable subscriptions={items} onAction={writable ? (subscription, action) => setOpen({ subscription, action }) : undefined} />
          <Pager list={list} label="Subscriptions" />
        </>
      )}
      {open?.action === 'rename' && <RenameSubscriptionDialog customerId={customer.id} subscription={open.subscription} onClose={close} />}
      {open?.action === 'status' && <ChangeStatusDialog customerId={customer.id} subscription={open.subscription} onClose={close} />}
    </div>
  );
}
