import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { ApiError } from '../api/ApiError';
import { ErrorMessage } from '../shell/ErrorMessage';
import { StaleChangeMessage } from './StaleChangeMessage';
import type { Subscription } from './types';
import { useSubscriptionChange } from './useSubscriptionChange';

interface Props {
  customerId: string;
  subscription: Subscription;
  onClose: () => void;
}

/** Suspends an active subscription or reactivates a suspended one, after saying what that does. */
export function ChangeStatusDialog({ customerId, subscription, onClose }: Props) {
  const { mutation, reload } = useSubscriptionChange(customerId, subscription, onClose);
  const suspending = subscription.status !== 'suspended';
  const verb = suspending ? 'Suspend' : 'Reactivate';
  const stale = mutation.error instanceof ApiError && mutation.error.staleEtag;
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !mutation.isPending && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {verb} {subscription.friendlyName}?
          </DialogTitle>
          <DialogContent style={{ display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' }}>
            {stale ? (
              <StaleChangeMessage what="subscription" onReload={() => void reload()} />
            ) : (
              mutation.error && <ErrorMessage error={mutation.error} title={`The subscription was not ${suspending ? 'suspended' : 'reactivated'}`} />
            )}
            <Body1>
              {suspending
                ? 'The customer loses the use of this subscription until it is reactivated. You can reactivate it at any time.'
                : 'The customer can use this subscription again, and its usage is billed again.'}
            </Body1>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={mutation.isPending || stale}
              onClick={() => mutation.mutate({ status: suspending ? 'suspended' : 'active' })}
            >
              {mutation.isPending ? `${verb === 'Suspend' ? 'Suspending' : 'Reactivating'}…` : verb}
            </Button>
            <Button onClick={onClose} disabled={mutation.isPending}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
