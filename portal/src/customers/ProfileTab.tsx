import { makeStyles } from '@fluentui/react-components';
import { BillingProfileCard } from './BillingProfileCard';
import { CompanyProfileCard } from './CompanyProfileCard';
import { useCustomer } from './useCustomer';

const useStyles = makeStyles({ stack: { display: 'grid', gap: '16px', gridTemplateColumns: 'minmax(0, 1fr)', maxWidth: '880px' } });

export function ProfileTab() {
  const styles = useStyles();
  const customer = useCustomer();
  return (
    <div className={styles.stack}>
      <CompanyProfileCard customerId={customer.id} />
      <BillingProfileCard customerId={customer.id} />
    </div>
  );
}
