import { useState, type FormEvent } from 'react';
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
  field: { minWidth: '260px', flex: '1 1 260px', maxWidth: '420px' },
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The operator reads one partner's unbilled usage at a time: the API needs the partner's tenant id. */
export function PartnerPicker({ onPick }: { onPick: (tenantId: string) => void }) {
  const styles = useStyles();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tenantId = value.trim();
    setProblem(GUID.test(tenantId) ? undefined : 'Enter the partner\'s tenant ID, a GUID.');
    if (GUID.test(tenantId)) {
      onPick(tenantId);
    }
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Partner">
      <Field className={styles.field} label="Partner tenant ID" validationMessage={problem}>
        <Input value={value} onChange={(_, data) => setValue(data.value)} />
      </Field>
      <Button type="submit" appearance="primary">Show</Button>
    </form>
  );
}
