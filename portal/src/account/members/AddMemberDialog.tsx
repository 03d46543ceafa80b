import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { AddMemberFields } from './AddMemberFields';
import { addMember, applyRoleChanges, type RoleRefusal } from './memberApi';
import type { MemberKind } from './memberKinds';
import { RoleRefusals } from './RoleRefusals';
import { useMemberRules } from './useMemberRules';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/**
 * Adds a user or registers an application, then grants the chosen roles one by one (the API adds members without
 * roles). Only roles the caller may grant are offered: a refused grant here would leave a member half set up.
 */
export function AddMemberDialog({ kind, onClose }: { kind: MemberKind; onClose: () => void }) {
  const styles = useStyles();
  const rules = useMemberRules(kind);
  const queryClient = useQueryClient();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [refusals, setRefusals] = useState<RoleRefusal[]>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const member = await addMember(kind, { id: id.trim(), [kind.nameField]: name.trim() || undefined });
      const refused = await applyRoleChanges(kind, member.id, [...roles], []);
      await queryClient.invalidateQueries({ queryKey: ['account', kind.collection] });
      if (refused.length === 0) {
        onClose();
      } else {
        setRefusals(refused);
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const added = refusals !== undefined;
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{kind.addAction}</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined && <ErrorMessage error={error} title={`The ${kind.noun} was not added`} />}
              {added ? (
                <RoleRefusals refusals={refusals} title={`The ${kind.noun} was added, but not every role was granted`} />
              ) : (
                <AddMemberFields kind={kind} id={id} name={name} roles={roles} rules={rules}
                  onId={setId} onName={setName} onRoles={setRoles} disabled={busy} />
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>{added ? 'Close' : 'Cancel'}</Button>
              {!added && (
                <Button appearance="primary" type="submit" disabled={busy || id.trim() === ''}>
                  {kind.application ? 'Register' : 'Add'}
                </Button>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
