import { makeStyles } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError } from '../api/ApiError';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { PageHeader } from '../shell/PageHeader';
import { customerPath } from './customerApi';
import { CustomerNotFound } from './CustomerNotFound';
import { CustomerTabs } from './CustomerTabs';
import type { Customer } from './types';

const useStyles = makeStyles({ section: { display: 'grid', gap: '16px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** One customer: its name, the tabs, and the tab's route below them. */
export function CustomerDetailPage() {
  const styles = useStyles();
  const { customerId = '' } = useParams();
  const customer = useQuery({ queryKey: ['customer', customerId], queryFn: () => api<Customer>(customerPath(customerId)) });
  if (customer.isPending) {
    return <Loading label="Loading the customer…" />;
  }
  if (customer.isError) {
    // A malformed id (400) is no customer either; the API answers 404 for another partner's, as for none.
    const missing = customer.error instanceof ApiError && (customer.error.notFound || customer.error.status === 400);
    return missing ? <CustomerNotFound /> : <ErrorMessage error={customer.error} title="The customer could not be loaded" />;
  }
  return (
    <div className={styles.section}>
      <PageHeader title={customer.data.companyProfile.companyName} />
      <CustomerTabs customerId={customerId} />
      <Outlet context={customer.data} />
    </div>
  );
}
