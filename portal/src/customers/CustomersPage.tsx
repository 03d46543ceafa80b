import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { usePagedList } from '../api/usePagedList';
import { useMe } from '../me/MeProvider';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { PageHeader } from '../shell/PageHeader';
import { Pager } from '../shell/Pager';
import { customersListPath } from './customerApi';
import { CustomerSearchBox } from './CustomerSearchBox';
import { CustomersTable } from './CustomersTable';
import type { Customer } from './types';

export function CustomersPage() {
  const { can } = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const search = params.get('q') ?? '';
  const list = usePagedList<Customer>(['customers'], customersListPath(search));
  const createButton = can('customers.write') && (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('/customers/new')}>
      Create customer
    </Button>
  );
  const items = list.page?.items ?? [];
  return (
    <>
      <PageHeader title="Customers" actions={createButton} />
      <CustomerSearchBox />
      {list.isPending ? (
        <Loading label="Loading customers…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="Your customers could not be loaded" />
      ) : items.length === 0 ? (
        search ? (
          <EmptyState title="No customers match" hint={`No customer's company name starts with "${search}".`} />
        ) : (
          <EmptyState
            title="No customers yet"
            hint={can('customers.write') ? 'Create a customer to order Azure plans for them.' : 'Ask an admin or sales agent of your organisation to create a customer.'}
            action={can('customers.write') && <Button onClick={() => navigate('/customers/new')}>Create your first customer</Button>}
          />
        )
      ) : (
        <>
          <CustomersTable customers={items} />
          <Pager list={list} label="Customers" />
        </>
      )}
    </>
  );
}
