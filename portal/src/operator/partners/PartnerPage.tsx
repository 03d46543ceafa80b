import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useParams } from 'react-router-dom';
import { RouterLink } from '../../shell/RouterLink';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { PageHeader } from '../../shell/PageHeader';
import { Section } from '../../shell/Section';
import { ChangePartnerStateDialog } from './ChangePartnerStateDialog';
import { getPartner } from './partnerApi';
import { PartnerDetails } from './PartnerDetails';

/**
 * One partner's registration. Its users are not listed: the gateway's `/v1/users` is always the caller's own
 * organisation, and no operator route lists another partner's users, so the page says where they are managed.
 */
export function PartnerPage() {
  const { tenantId = '' } = useParams();
  const query = useQuery({ queryKey: ['operator', 'partners', tenantId], queryFn: () => getPartner(tenantId) });
  const [changing, setChanging] = useState(false);
  const back = <RouterLink to="/operator/partners"><ArrowLeftRegular aria-hidden /> All partners</RouterLink>;
  if (query.isPending) {
    return <Loading label="Loading the partner…" />;
  }
  if (query.isError) {
    return (
      <>
        {back}
        <ErrorMessage error={query.error} title="The partner could not be loaded" />
      </>
    );
  }
  const partner = query.data;
  const suspended = partner.state === 'suspended';
  return (
    <>
      {back}
      <PageHeader title={partner.name} actions={<Button onClick={() => setChanging(true)}>{suspended ? 'Reactivate' : 'Suspend'}</Button>} />
      <Section title="Registration">
        <PartnerDetails partner={partner} />
      </Section>
      <Section title="Users">
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The operator cannot list a partner's users</MessageBarTitle>
            The API lists users and applications only within the caller's own organization (GET /v1/users), so a
            partner's users are managed by its global admins and user admins.
          </MessageBarBody>
        </MessageBar>
        <Body1>Its first user, the global admin named when it was registered, can add the others.</Body1>
      </Section>
      {changing && <ChangePartnerStateDialog partner={partner} onClose={() => setChanging(false)} />}
    </>
  );
}
