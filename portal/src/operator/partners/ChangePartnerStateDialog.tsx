import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import type { Partner } from './Partner';
import { changePartnerState } from './partnerApi';

const useStyles = makeStyles({ content: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** Asks before suspending or reactivating a partner, saying what that does to its users. */
export function ChangePartnerStateDialog({ partner, onClose }: { partner: Partner; onClose: () => void }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const suspend = partner.state !== 'suspended';
  const verb = suspend ? 'Suspend' : 'Reactivate';

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await changePartnerState(partner.tenantId, suspend);
      await queryClient.invalidateQueries({ queryKey: ['operator', 'partners'] });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`${verb} ${partner.name}?`}</DialogTitle>
          <DialogContent className={styles.content}>
            {error !== undefined && <ErrorMessage error={error} title={`The partner was not ${suspend ? 'suspended' : 'reactivated'}`} />}
            <Body1>
              {suspend
                ? 'Its users and applications are refused by the API until the partner is reactivated. Its customers, subscriptions and invoices stay as they are.'
                : 'Its users and applications can sign in and use the API again.'}
            </Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabled={busy}>Cancel</Button>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
              {verb}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
