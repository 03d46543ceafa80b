import { PageHeader } from '../shell/PageHeader';

export function CustomersPage() {
  return <PageHeader title="Customers" />;
}
