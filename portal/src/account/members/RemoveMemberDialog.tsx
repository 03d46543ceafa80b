import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { removeMember } from './memberApi';
import { memberName, type Member } from './Member';
import type { MemberKind } from './memberKinds';

const useStyles = makeStyles({ content: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** Asks before removing a user or unregistering an application; the API may still refuse (its last global admin). */
export function RemoveMemberDialog({ kind, member, onClose }: { kind: MemberKind; member: Member; onClose: () => void }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const name = memberName(member);

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await removeMember(kind, member.id);
      await queryClient.invalidateQueries({ queryKey: ['account', kind.collection] });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`${kind.removeAction} ${name}?`}</DialogTitle>
          <DialogContent className={styles.content}>
            {error !== undefined && <ErrorMessage error={error} title={`The ${kind.noun} was not removed`} />}
            <Body1>{kind.removeHint}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>Cancel</Button>
            <Button appearance="primary" onClick={() => void remove()} disabled={busy}>
              {kind.removeAction}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
