import { Body1, Caption1, Card, CardHeader, makeStyles, tokens } from '@fluentui/react-components';
import type { CurrencyTotals } from './invoiceTotals';
import { formatMoney } from '../../shell/format';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: '12px' },
  card: { minWidth: '240px', flex: '1 1 240px', maxWidth: '420px' },
  list: { margin: 0, display: 'grid', gridTemplateColumns: 'auto auto', gap: '4px 16px' },
  figure: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'end' },
});

/** Totals per currency over every invoice listed (amounts of different currencies are never added up). */
export function InvoiceTotalsSummary({ totals, partial }: { totals: CurrencyTotals[]; partial: boolean }) {
  const styles = useStyles();
  return (
    <section aria-label="Invoice totals">
      <div className={styles.cards}>
        {totals.map((currency) => (
          <Card key={currency.currencyCode} className={styles.card} role="group" aria-label={`Totals in ${currency.currencyCode}`}>
            <CardHeader header={<Body1 as="h2">{`Totals in ${currency.currencyCode}`}</Body1>} />
            <dl className={styles.list}>
              <dt>Invoices</dt>
              <dd className={styles.figure}>{currency.invoices}</dd>
              <dt>Charged</dt>
              <dd className={styles.figure}>{formatMoney(currency.charged, currency.currencyCode)}</dd>
              <dt>Balance due</dt>
              <dd className={styles.figure} data-testid={`balance-${currency.currencyCode}`}>{formatMoney(currency.balance, currency.currencyCode)}</dd>
              <dt>Not paid</dt>
              <dd className={styles.figure}>{currency.unpaid}</dd>
              <dt>Overdue</dt>
              <dd className={styles.figure}>{currency.overdue}</dd>
            </dl>
          </Card>
        ))}
      </div>
      {partial && <Caption1>Totals cover the newest invoices only: there are more than the portal adds up at once.</Caption1>}
    </section>
  );
}
