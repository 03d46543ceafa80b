import { useState, type FormEvent } from 'react';
import { Button, Field, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { fieldErrorsByPath } from '../../api/fieldErrors';
import { TextField } from '../../shell/TextField';
import { closePeriod } from './billingApi';
import { OperationProgress } from './OperationProgress';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)', maxWidth: '560px' } });

/** Last month (UTC) as yyyy-MM: the period usually closed. */
function lastMonth(): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
}

/** Closes an ended month for every partner or one, then follows the operation the API started. */
export function ClosePeriodForm() {
  const styles = useStyles();
  const [period, setPeriod] = useState(lastMonth);
  const [scope, setScope] = useState<'all' | 'one'>('all');
  const [partner, setPartner] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [operationId, setOperationId] = useState<string>();
  const errors = fieldErrorsByPath(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setOperationId(undefined);
    try {
      const operation = await closePeriod(period.trim(), scope === 'one' ? partner.trim() : undefined);
      setOperationId(operation.id);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <TextField label="Billing period" type="month" required value={period} onChange={setPeriod} error={errors.billingPeriod}
        hint="An ended month, yyyy-MM (UTC). Earlier months never closed are closed first." disabled={busy} />
      <Field label="Close for">
        <RadioGroup value={scope} onChange={(_, data) => setScope(data.value as 'all' | 'one')} disabled={busy}>
          <Radio value="all" label="All partners" />
          <Radio value="one" label="One partner" />
        </RadioGroup>
      </Field>
      {scope === 'one' && (
        <TextField label="Partner tenant ID" required value={partner} onChange={setPartner} error={errors.partnerTenantId} disabled={busy} />
      )}
      <div>
        <Button appearance="primary" type="submit" disabled={busy || period.trim() === '' || (scope === 'one' && partner.trim() === '')}>
          Close period
        </Button>
      </div>
      {error !== undefined && <ErrorMessage error={error} title="The period was not closed" />}
      {operationId && <OperationProgress operationId={operationId} what={`close of ${period}`} />}
    </form>
  );
}
