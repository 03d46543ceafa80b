import { useState } from 'react';
import { PageHeader } from '../shell/PageHeader';
import { CreatedCustomer } from './CreatedCustomer';
import { NewCustomerForm } from './NewCustomerForm';
import type { Customer } from './types';

/** The form, then (once) what the API answered: the created customer's admin credentials. */
export function NewCustomerPage() {
  const [created, setCreated] = useState<Customer | null>(null);
  return (
    <>
      <PageHeader title="New customer" />
      {created ? <CreatedCustomer customer={created} onAnother={() => setCreated(null)} /> : <NewCustomerForm onCreated={setCreated} />}
    </>
  );
}
