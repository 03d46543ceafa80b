import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useMe } from '../me/MeProvider';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { BillingProfileEditor } from './BillingProfileEditor';
import { BillingProfileSummary } from './BillingProfileSummary';
import { customerPath } from './customerApi';
import { Section } from '../shell/Section';
import type { BillingProfile } from './types';

/** The billing profile, and its editor for those who may change customer details (the gateway's rule for PUT). */
export function BillingProfileCard({ customerId }: { customerId: string }) {
  const { can } = useMe();
  const [editing, setEditing] = useState(false);
  const profile = useQuery({
    queryKey: ['customer', customerId, 'billing'],
    queryFn: () => api<BillingProfile>(`${customerPath(customerId)}/profiles/billing`),
  });
  const editButton = can('customer_details.write') && !editing && profile.isSuccess && (
    <Button icon={<EditRegular />} onClick={() => setEditing(true)}>
      Edit billing profile
    </Button>
  );
  return (
    <Section title="Billing profile" actions={editButton}>
      {profile.isPending ? (
        <Loading label="Loading the billing profile…" />
      ) : profile.isError ? (
        <ErrorMessage error={profile.error} title="The billing profile could not be loaded" />
      ) : editing ? (
        <BillingProfileEditor
          customerId={customerId}
          profile={profile.data}
          reload={async () => (await profile.refetch()).data}
          onDone={() => setEditing(false)}
        />
      ) : (
        <BillingProfileSummary profile={profile.data} />
      )}
    </Section>
  );
}
