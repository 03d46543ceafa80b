import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { ApiError } from '../api/ApiError';
import { ErrorMessage } from '../shell/ErrorMessage';
import { fieldErrorsByName } from '../api/fieldErrors';
import { TextField } from '../shell/TextField';
import { StaleChangeMessage } from './StaleChangeMessage';
import type { Subscription } from './types';
import { useSubscriptionChange } from './useSubscriptionChange';

interface Props {
  customerId: string;
  subscription: Subscription;
  onClose: () => void;
}

/** Changes a subscription's friendly name (the API takes 1 to 128 characters). */
export function RenameSubscriptionDialog({ customerId, subscription, onClose }: Props) {
  const [name, setName] = useState(subscription.friendlyName ?? '');
  const { mutation, reload } = useSubscriptionChange(customerId, subscription, onClose);
  const stale = mutation.error instanceof ApiError && mutation.error.staleEtag;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ friendlyName: name.trim() });
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !mutation.isPending && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>Rename subscription</DialogTitle>
            <DialogContent style={{ display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' }}>
              {stale ? (
                <StaleChangeMessage what="subscription" onReload={() => void reload()} />
              ) : (
                mutation.error && <ErrorMessage error={mutation.error} title="The subscription was not renamed" />
              )}
              <TextField label="Friendly name" required value={name} onChange={setName} error={fieldErrorsByName(mutation.error).friendlyName} disabled={mutation.isPending} />
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={mutation.isPending || stale}>
                {mutation.isPending ? 'Saving…' : 'Save'}
              </Button>
              <Button onClick={onClose} disabled={mutation.isPending}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
