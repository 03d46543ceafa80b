import { Caption1, makeStyles } from '@fluentui/react-components';
import { EmptyState } from '../../shell/EmptyState';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { CustomerCostChart } from './CustomerCostChart';
import { dailyCost } from './dailyCost';
import { RunningCostChart } from './RunningCostChart';
import { UnbilledSummary } from './UnbilledSummary';
import { useUnbilled } from './useUnbilled';

const useStyles = makeStyles({
  charts: { display: 'grid', gap: '16px', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))' },
});

/** The summary, then the two charts, each loading (or failing) on its own. */
export function UnbilledFigures({ partnerTenantId }: { partnerTenantId?: string }) {
  const styles = useStyles();
  const { summary, customers, lines } = useUnbilled(partnerTenantId, true);
  if (summary.isPending) {
    return <Loading label="Loading unbilled usage…" />;
  }
  if (summary.error) {
    return <ErrorMessage error={summary.error} title="Unbilled usage could not be loaded" />;
  }
  const currency = summary.data.currencyCode;
  if (!currency) {
    return <EmptyState title="No billing currency yet" hint="The partner's billing currency is not known yet, so its usage cannot be priced. Ask the operator to set it." />;
  }
  const periodEnd = new Date(new Date(summary.data.billingEndDate).getTime() - 1);
  const until = new Date(Math.min(Date.now(), periodEnd.getTime()));
  return (
    <>
      <UnbilledSummary summary={summary.data} />
      <div className={styles.charts}>
        {lines.isPending ? (
          <Loading label="Adding up the cost per day…" />
        ) : lines.error ? (
          <ErrorMessage error={lines.error} title="The cost per day could not be worked out" />
        ) : (
          <div>
            <RunningCostChart daily={dailyCost(lines.data.items, summary.data.billingStartDate, until)} currencyCode={currency} />
            {lines.data.more && <Caption1>The cost per day covers the first 50,000 line items only.</Caption1>}
          </div>
        )}
        {customers.isPending ? (
          <Loading label="Loading the cost per customer…" />
        ) : customers.error ? (
          <ErrorMessage error={customers.error} title="The cost per customer could not be loaded" />
        ) : (
          <CustomerCostChart records={customers.data.items} currencyCode={currency} />
        )}
      </div>
    </>
  );
}
