import { api } from '../../api/client';
import type { Member } from './Member';
import type { MemberKind } from './memberKinds';

/** The body of `POST /v1/users` and `/v1/applications` (the gateway's NewMember). */
export interface NewMember {
  id: string;
  userPrincipalName?: string;
  displayName?: string;
}

/** One grant or revoke the API refused, with its error (an ApiError carries the API's description). */
export interface RoleRefusal {
  change: 'grant' | 'revoke';
  role: string;
  error: unknown;
}

function memberPath(kind: MemberKind, id: string): string {
  return `/v1/${kind.collection}/${encodeURIComponent(id)}`;
}

export function listPath(kind: MemberKind): string {
  return `/v1/${kind.collection}`;
}

export function getMember(kind: MemberKind, id: string): Promise<Member> {
  return api<Member>(memberPath(kind, id));
}

/** The API adds a member without roles: they are granted one by one afterwards. */
export function addMember(kind: MemberKind, member: NewMember): Promise<Member> {
  return api<Member>(listPath(kind), { method: 'POST', body: member });
}

export function removeMember(kind: MemberKind, id: string): Promise<void> {
  return api<void>(memberPath(kind, id), { method: 'DELETE' });
}

function grantRole(kind: MemberKind, id: string, role: string): Promise<unknown> {
  return api(`${memberPath(kind, id)}/roles`, { method: 'POST', body: { id: role } });
}

function revokeRole(kind: MemberKind, id: string, role: string): Promise<void> {
  return api<void>(`${memberPath(kind, id)}/roles/${encodeURIComponent(role)}`, { method: 'DELETE' });
}

/**
 * Applies each change in turn and answers the refused ones: the API judges every change on its own (a user admin
 * may grant sales_agent but not global_admin), so one refusal must not stop the rest. Grants go first, so a member
 * that trades one role for another never passes through having neither.
 */
export async function applyRoleChanges(kind: MemberKind, id: string, grants: string[], revokes: string[]): Promise<RoleRefusal[]> {
  const refusals: RoleRefusal[] = [];
  for (const role of grants) {
    await grantRole(kind, id, role).catch((error: unknown) => refusals.push({ change: 'grant', role, error }));
  }
  for (const role of revokes) {
    await revokeRole(kind, id, role).catch((error: unknown) => refusals.push({ change: 'revoke', role, error }));
  }
  return refusals;
}
