/** A role on the wire, as `MemberView.RoleView`: `id` is the wire name. */
export interface MemberRole {
  id: string;
  name: string;
}

/** `MemberView`: a user has a `userPrincipalName`, an application a `displayName`; `id` is the GUID. */
export interface Member {
  id: string;
  userPrincipalName: string | null;
  displayName: string | null;
  roles: MemberRole[];
  createdDate: string;
}

/** How a member is named in tables and dialog titles: the name its kind carries, else its id. */
export function memberName(member: Member): string {
  return member.userPrincipalName ?? member.displayName ?? member.id;
}
