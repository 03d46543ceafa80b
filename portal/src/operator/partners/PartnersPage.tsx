import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { usePagedList } from '../../api/usePagedList';
import { PageHeader } from '../../shell/PageHeader';
import { PagedTable } from '../PagedTable';
import { ChangePartnerStateDialog } from './ChangePartnerStateDialog';
import type { Partner } from './Partner';
import { PARTNERS_PATH } from './partnerApi';
import { PartnersTable } from './PartnersTable';
import { RegisterPartnerDialog } from './RegisterPartnerDialog';

/** The operator's registry of partner organisations, a page at a time: register, suspend, reactivate. */
export function PartnersPage() {
  const list = usePagedList<Partner>(['operator', 'partners'], PARTNERS_PATH);
  const [registering, setRegistering] = useState(false);
  const [changing, setChanging] = useState<Partner>();
  const register = (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => setRegistering(true)}>
      Register partner
    </Button>
  );
  return (
    <>
      <PageHeader title="Partners" actions={register} />
      <PagedTable list={list} label="Partners" empty={{ title: 'No partner registered yet', hint: 'Use "Register partner" to register the first partner organization.' }}>
        {(partners) => <PartnersTable partners={partners} onChangeState={setChanging} />}
      </PagedTable>
      {registering && <RegisterPartnerDialog onClose={() => setRegistering(false)} />}
      {changing && <ChangePartnerStateDialog partner={changing} onClose={() => setChanging(undefined)} />}
    </>
  );
}
