import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { CURRENCIES, MARKETS, marketName, type RateCardQuery } from './rateCardQuery';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
  // A basis wider than half a phone's width: on a phone each field takes a line of its own instead of overflowing.
  field: { minWidth: 0, flex: '1 1 200px', maxWidth: '260px' },
});

/**
 * Which card to load: market, currency and the date whose prices to show. A new card is a large download, so nothing
 * is asked of the API until "Show prices".
 */
export function RateCardQueryForm({ applied, onApply }: { applied: RateCardQuery; onApply: (query: RateCardQuery) => void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(applied);
  const change = (part: Partial<RateCardQuery>) => setDraft((current) => ({ ...current, ...part }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Which rate card">
      <Field className={styles.field} label="Market">
        <Select value={draft.market} onChange={(_, data) => change({ market: data.value })}>
          <option value="">None (prices in USD)</option>
          {MARKETS.map((code) => (
            <option key={code} value={code}>{marketName(code)}</option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label="Currency">
        <Select value={draft.currency} onChange={(_, data) => change({ currency: data.value })}>
          <option value="">The market's currency</option>
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>{code}</option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label="Prices as of" hint="A UTC date; empty for today's prices.">
        <Input type="date" value={draft.asOf} onChange={(_, data) => change({ asOf: data.value })} />
      </Field>
      <Button type="submit" appearance="primary" icon={<ArrowClockwiseRegular />}>
        Show prices
      </Button>
    </form>
  );
}
