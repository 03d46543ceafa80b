import { Field, Input } from '@fluentui/react-components';
import type { MemberKind } from './memberKinds';
import { RoleCheckboxes } from './RoleCheckboxes';
import type { MemberRules } from './useMemberRules';

interface AddMemberFieldsProps {
  kind: MemberKind;
  id: string;
  name: string;
  roles: ReadonlySet<string>;
  rules: MemberRules;
  onId: (id: string) => void;
  onName: (name: string) => void;
  onRoles: (roles: Set<string>) => void;
  disabled: boolean;
}

/** The fields of the gateway's NewMember that this kind keeps, and the roles to grant straight after. */
export function AddMemberFields({ kind, id, name, roles, rules, onId, onName, onRoles, disabled }: AddMemberFieldsProps) {
  return (
    <>
      <Field label={kind.idLabel} required hint="A GUID, as Azure AD shows it, such as 2f6c1e7a-5b0d-4c5e-9f3a-8d1b2c3d4e5f.">
        <Input value={id} onChange={(_, data) => onId(data.value)} disabled={disabled} autoComplete="off" />
      </Field>
      <Field label={kind.nameLabel}>
        <Input
          value={name}
          onChange={(_, data) => onName(data.value)}
          disabled={disabled}
          autoComplete="off"
        />
      </Field>
      <RoleCheckboxes
        legend="Roles"
        roles={rules.rolesCallerMayGrant}
        selected={roles}
        onChange={onRoles}
        disabled={disabled}
        hint={rules.administratorHint}
      />
    </>
  );
}
