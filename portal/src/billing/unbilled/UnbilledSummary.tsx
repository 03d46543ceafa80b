import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PartnerUsageSummary } from './usage';
import { formatMoney, formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({
  box: { display: 'grid', gap: '4px', padding: '16px', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  figure: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
});

/** The period's rated cost so far, as the API's usage summary states it. */
export function UnbilledSummary({ summary }: { summary: PartnerUsageSummary }) {
  const styles = useStyles();
  // The summary's end is the next period's first instant: the last day is the one before it.
  const lastDay = new Date(new Date(summary.billingEndDate).getTime() - 1).toISOString();
  return (
    <section className={styles.box} aria-label="Unbilled cost this period">
      <Caption1>{`Billing period ${formatUtcDate(summary.billingStartDate)} – ${formatUtcDate(lastDay)}`}</Caption1>
      <span className={styles.figure} data-testid="unbilled-total">{formatMoney(summary.totalCost, summary.currencyCode)}</span>
      <Caption1>
        {`Rated so far for ${summary.customersWithUsageBasedSubscription} customer${summary.customersWithUsageBasedSubscription === 1 ? '' : 's'}, pre-tax; last rated ${formatUtcDate(summary.lastModifiedDate)}. It is billed when the period closes.`}
      </Caption1>
    </section>
  );
}
