import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
  makeStyles,
} from '@fluentui/react-components';
import { applyRoleChanges, getMember, type RoleRefusal } from './memberApi';
import { memberName, type Member } from './Member';
import type { MemberKind } from './memberKinds';
import { RoleCheckboxes } from './RoleCheckboxes';
import { RoleRefusals } from './RoleRefusals';
import { useMemberRules } from './useMemberRules';

const useStyles = makeStyles({ content: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

function roleIds(member: Member): Set<string> {
  return new Set(member.roles.map((role) => role.id));
}

/**
 * Ticks and unticks roles, then Save applies each difference as a grant or a revoke. Every role stays offered, even
 * one the caller may not change: the API is the judge, and its refusal says why (and what to do instead).
 */
export function ManageRolesDialog({ kind, member, onClose }: { kind: MemberKind; member: Member; onClose: () => void }) {
  const styles = useStyles();
  const rules = useMemberRules(kind);
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState(member);
  const [selected, setSelected] = useState(() => roleIds(member));
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<RoleRefusal[]>([]);
  const self = rules.isSelf(member);
  const held = roleIds(current);
  const grants = [...selected].filter((role) => !held.has(role));
  const revokes = [...held].filter((role) => !selected.has(role));
  // A role the organisation no longer grants still shows, so that it can be revoked.
  const shown = [...rules.roles, ...[...held].filter((role) => !rules.roles.includes(role))];

  const save = async () => {
    setBusy(true);
    const refused = await applyRoleChanges(kind, member.id, grants, revokes);
    await queryClient.invalidateQueries({ queryKey: ['account', kind.collection] });
    if (refused.length === 0) {
      onClose();
      return;
    }
    // Show what the member holds now: the accepted changes applied, the refused ones back as they were.
    const fresh = await getMember(kind, member.id).catch(() => current);
    setCurrent(fresh);
    setSelected(roleIds(fresh));
    setRefusals(refused);
    setBusy(false);
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Roles of {memberName(member)}</DialogTitle>
          <DialogContent className={styles.content}>
            {self && (
              <MessageBar intent="info">
                <MessageBarBody>Nobody can change their own roles: ask another administrator of your organization.</MessageBarBody>
              </MessageBar>
            )}
            <RoleRefusals refusals={refusals} />
            <RoleCheckboxes
              legend="Roles"
              roles={shown}
              selected={selected}
              onChange={setSelected}
              disabled={busy || self}
              hint={rules.administratorHint}
            />
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>Close</Button>
            <Button appearance="primary" onClick={() => void save()} disabled={busy || self || grants.length + revokes.length === 0}>
              Save
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
