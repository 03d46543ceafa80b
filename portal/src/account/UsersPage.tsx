import { MembersPage } from './members/MembersPage';
import { USERS } from './members/memberKinds';

/** Account settings › Users: the organisation's people and their roles. */
export function UsersPage() {
  return <MembersPage kind={USERS} />;
}
