import { useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { useMe } from '../../me/MeProvider';
import { EmptyState } from '../../shell/EmptyState';
import { PageHeader } from '../../shell/PageHeader';
import { PartnerPicker } from './PartnerPicker';
import { UnbilledFigures } from './UnbilledFigures';

const useStyles = makeStyles({ box: { display: 'grid', gap: '16px', minWidth: 0 } });

/**
 * Billing › Unbilled usage: what the current period has cost so far. Its figures come from the usage summaries
 * (usage.read, which every invoice reader has); the operator first names the partner.
 */
export function UnbilledPage() {
  const styles = useStyles();
  const { can } = useMe();
  const operator = can('operator.admin');
  const [partner, setPartner] = useState<string>();
  return (
    <div className={styles.box}>
      <PageHeader title="Unbilled usage" />
      {operator && <PartnerPicker onPick={setPartner} />}
      {!can('usage.read') ? (
        <EmptyState title="Usage is not among your features" hint="Ask your global admin for the billing admin role to see unbilled usage." />
      ) : operator && !partner ? (
        <EmptyState title="Choose a partner" hint="Enter the tenant ID of the partner whose unbilled usage to see." />
      ) : (
        <UnbilledFigures partnerTenantId={partner} />
      )}
    </div>
  );
}
