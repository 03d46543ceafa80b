import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { customerPath } from './customerApi';
import { DescriptionList } from '../shell/DescriptionList';
import { Section } from '../shell/Section';
import type { CompanyProfile } from './types';

/** The company profile (read only: the API has no update for it). */
export function CompanyProfileCard({ customerId }: { customerId: string }) {
  const profile = useQuery({
    queryKey: ['customer', customerId, 'company'],
    queryFn: () => api<CompanyProfile>(`${customerPath(customerId)}/profiles/company`),
  });
  return (
    <Section title="Company profile">
      {profile.isPending ? (
        <Loading label="Loading the company profile…" />
      ) : profile.isError ? (
        <ErrorMessage error={profile.error} title="The company profile could not be loaded" />
      ) : (
        <DescriptionList
          label="Company profile"
          items={[
            ['Company name', profile.data.companyName],
            ['Domain', profile.data.domain],
            ['Tenant ID', <code key="tenant">{profile.data.tenantId}</code>],
          ]}
        />
      )}
    </Section>
  );
}
