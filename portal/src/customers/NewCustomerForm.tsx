import { useState, type FormEvent } from 'react';
import { Button, Subtitle2, makeStyles } from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { ErrorMessage } from '../shell/ErrorMessage';
import { BillingProfileFields } from './BillingProfileFields';
import { emptyDraft, profileOf } from './billingDraft';
import { createCustomer } from './customerApi';
import { fieldErrorsByName } from '../api/fieldErrors';
import { TextField } from '../shell/TextField';
import type { Customer } from './types';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '16px', gridTemplateColumns: 'minmax(0, 1fr)', maxWidth: '880px' },
  domain: { maxWidth: '420px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** The new customer's details; the API checks them all (`noValidate`), so what it refuses is said one way. */
export function NewCustomerForm({ onCreated }: { onCreated: (customer: Customer) => void }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [domain, setDomain] = useState('');
  const [draft, setDraft] = useState(emptyDraft);
  const create = useMutation({
    mutationFn: () => createCustomer({ companyProfile: { domain: domain.trim() }, billingProfile: profileOf(draft) }),
    onSuccess: (customer) => {
      void queries.invalidateQueries({ queryKey: ['customers'] });
      onCreated(customer);
    },
  });
  const errors = fieldErrorsByName(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="New customer">
      {create.error && <ErrorMessage error={create.error} title="The customer was not created" />}
      <Subtitle2 as="h2">Company</Subtitle2>
      <div className={styles.domain}>
        <TextField
          label="Domain"
          required
          value={domain}
          onChange={setDomain}
          error={errors.domain}
          disabled={create.isPending}
          hint="The customer's Microsoft Entra domain, such as contoso.onmicrosoft.com; it must not be taken."
        />
      </div>
      <Subtitle2 as="h2">Billing profile</Subtitle2>
      <BillingProfileFields draft={draft} onChange={setDraft} errors={errors} disabled={create.isPending} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create customer'}
        </Button>
        <Button onClick={() => navigate('/customers')} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
