import { useMe } from '../../me/MeProvider';
import type { Member } from './Member';
import type { MemberKind } from './memberKinds';
import { administratorRole, grantableRoles, mayChangeRole, roleName } from './roles';

export interface MemberRules {
  /** Every role this organisation grants. */
  roles: string[];
  /** The roles the caller may grant (a user admin not the administrator role). */
  rolesCallerMayGrant: string[];
  /** Why some role is missing from `rolesCallerMayGrant`, if one is. */
  administratorHint?: string;
  isSelf: (member: Member) => boolean;
  mayRemove: (member: Member) => boolean;
}

/**
 * The static half of RoleChangeRules, known from GET /v1/me, to hide what the API would refuse anyway. The half
 * that depends on the organisation (its last global admin) is left to the API, whose refusal the dialogs show.
 */
export function useMemberRules(kind: MemberKind): MemberRules {
  const { me } = useMe();
  const administrator = administratorRole(me);
  const roles = grantableRoles(me);
  const rolesCallerMayGrant = roles.filter((role) => mayChangeRole(me, role));
  const isSelf = (member: Member) =>
    kind.application === me.user.application && member.id.toLowerCase() === me.user.id.toLowerCase();
  return {
    roles,
    rolesCallerMayGrant,
    administratorHint:
      rolesCallerMayGrant.length < roles.length ? `Only a ${roleName(administrator)} may grant or revoke ${roleName(administrator)}.` : undefined,
    isSelf,
    mayRemove: (member) => !isSelf(member) && (mayChangeRole(me, administrator) || !member.roles.some((role) => role.id === administrator)),
  };
}
