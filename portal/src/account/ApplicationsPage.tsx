import { MembersPage } from './members/MembersPage';
import { APPLICATIONS } from './members/memberKinds';

/** Account settings › Applications: app registrations that call the API app-only, and their roles. */
export function ApplicationsPage() {
  return <MembersPage kind={APPLICATIONS} />;
}
