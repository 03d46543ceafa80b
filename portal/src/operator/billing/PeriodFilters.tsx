import { useState, type FormEvent } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { TextField } from '../../shell/TextField';

const useStyles = makeStyles({ bar: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' } });

export interface PeriodFilter {
  billingPeriod: string;
  partnerTenantId: string;
}

/** The list's two filters, applied together (a half-typed tenant ID would only earn a 400 per keystroke). */
export function PeriodFilters({ onApply }: { onApply: (filter: PeriodFilter) => void }) {
  const styles = useStyles();
  const [billingPeriod, setBillingPeriod] = useState('');
  const [partnerTenantId, setPartnerTenantId] = useState('');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ billingPeriod: billingPeriod.trim(), partnerTenantId: partnerTenantId.trim() });
  };
  const clear = () => {
    setBillingPeriod('');
    setPartnerTenantId('');
    onApply({ billingPeriod: '', partnerTenantId: '' });
  };
  return (
    <form className={styles.bar} onSubmit={apply} role="search" aria-label="Filter the periods">
      <TextField label="Filter by period" type="month" value={billingPeriod} onChange={setBillingPeriod} />
      <TextField label="Filter by partner" placeholder="Tenant ID" value={partnerTenantId} onChange={setPartnerTenantId} />
      <Button type="submit">Apply filters</Button>
      <Button appearance="subtle" onClick={clear}>Clear filters</Button>
    </form>
  );
}
