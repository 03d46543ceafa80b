import { PageHeader } from '../shell/PageHeader';

export function UsersPage() {
  return <PageHeader title="Users" />;
}
