import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge';
import { TableScroll } from '../shell/TableScroll';
import type { Subscription } from './types';
import { formatDate } from '../shell/format';

export type SubscriptionAction = 'rename' | 'status';

interface Props {
  subscriptions: Subscription[];
  /** Absent for callers who may not change subscriptions: then there is no actions column. */
  onAction?: (subscription: Subscription, action: SubscriptionAction) => void;
}

/** Each action's accessible name names its subscription too ("Rename Azure plan"), as a row's buttons repeat. */
export function SubscriptionsTable({ subscriptions, onAction }: Props) {
  return (
    <TableScroll label="Subscriptions (scrolls sideways)">
      <Table aria-label="Subscriptions" style={{ minWidth: 720 }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Offer</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Quantity</TableHeaderCell>
            <TableHeaderCell>Created</TableHeaderCell>
            {onAction && <TableHeaderCell>Actions</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {subscriptions.map((subscription) => {
            const changeable = subscription.status === 'active' || subscription.status === 'suspended';
            const verb = subscription.status === 'suspended' ? 'Reactivate' : 'Suspend';
            return (
              <TableRow key={subscription.id}>
                <TableCell>{subscription.friendlyName}</TableCell>
                <TableCell>{subscription.offerName}</TableCell>
                <TableCell>
                  <SubscriptionStatusBadge status={subscription.status} />
                </TableCell>
                <TableCell>{subscription.quantity}</TableCell>
                <TableCell>{formatDate(subscription.creationDate)}</TableCell>
                {onAction && (
                  <TableCell>
                    <Button size="small" aria-label={`Rename ${subscription.friendlyName}`} onClick={() => onAction(subscription, 'rename')}>
                      Rename
                    </Button>{' '}
                    {changeable && (
                      <Button size="small" aria-label={`${verb} ${subscription.friendlyName}`} onClick={() => onAction(subscription, 'status')}>
                        {verb}
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
