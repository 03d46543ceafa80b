import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { MoneyHandRegular } from '@fluentui/react-icons';
import { usePagedList } from '../../api/usePagedList';
import { PageHeader } from '../../shell/PageHeader';
import { PagedTable } from '../PagedTable';
import { Section } from '../../shell/Section';
import { PAYMENTS_PATH, PERIODS_PATH, UNRATED_PATH } from './billingApi';
import type { BillingPeriodState, Payment, UnratedUsage } from './billingTypes';
import { ClosePeriodForm } from './ClosePeriodForm';
import { HeldUsageFilter } from './HeldUsageFilter';
import { HeldUsageTable } from './HeldUsageTable';
import { PaymentsTable } from './PaymentsTable';
import { PeriodFilters, type PeriodFilter } from './PeriodFilters';
import { PeriodsTable } from './PeriodsTable';
import { RecordPaymentDialog } from './RecordPaymentDialog';

/** The operator's billing work: closing periods, recording payments, and the usage billing holds unrated. */
function periodsPath(filter: PeriodFilter): string {
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''));
  const text = query.toString();
  return text === '' ? PERIODS_PATH : `${PERIODS_PATH}?${text}`;
}

export function BillingPage() {
  const [filter, setFilter] = useState<PeriodFilter>({ billingPeriod: '', partnerTenantId: '' });
  const periods = usePagedList<BillingPeriodState>(['operator', 'billingperiods'], periodsPath(filter));
  const payments = usePagedList<Payment>(['operator', 'payments'], PAYMENTS_PATH);
  const [reason, setReason] = useState('');
  const held = usePagedList<UnratedUsage>(['operator', 'unrated'], reason ? `${UNRATED_PATH}?reason=${reason}` : UNRATED_PATH);
  const [recording, setRecording] = useState(false);
  const record = (
    <Button appearance="primary" icon={<MoneyHandRegular />} onClick={() => setRecording(true)}>
      Record payment
    </Button>
  );
  return (
    <>
      <PageHeader title="Billing periods" />
      <Section title="Close a period">
        <ClosePeriodForm />
      </Section>
      <Section title="Periods by partner">
        <PeriodFilters onApply={setFilter} />
        <PagedTable list={periods} label="Billing periods" empty={{ title: 'No period to show', hint: 'A period appears once a partner has rated usage in it.' }}>
          {(items) => <PeriodsTable periods={items} />}
        </PagedTable>
      </Section>
      <Section title="Payments" actions={record}>
        <PagedTable list={payments} label="Payments" empty={{ title: 'No payments recorded yet', hint: 'Use "Record payment" when a partner pays an invoice.' }}>
          {(items) => <PaymentsTable payments={items} />}
        </PagedTable>
      </Section>
      <Section title="Held usage">
        <HeldUsageFilter reason={reason} onChange={setReason} />
        <PagedTable list={held} label="Held usage" empty={reason ? { title: 'None held for this reason', hint: 'Choose "Any reason" to see every held record.' } : { title: 'No usage is held', hint: 'Billing has rated every usage record it received.' }}>
          {(items) => <HeldUsageTable records={items} />}
        </PagedTable>
      </Section>
      {recording && <RecordPaymentDialog onClose={() => setRecording(false)} />}
    </>
  );
}
