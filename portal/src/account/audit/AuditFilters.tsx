import { useState, type FormEvent } from 'react';
import { Button, Caption1, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { FilterRegular } from '@fluentui/react-icons';
import { words } from './AuditRecord';
import { AUDIT_RESOURCE_TYPES, problemsWith, type AuditCriteria, type CriteriaProblems, type AuditFilterField } from './auditCriteria';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
  field: { minWidth: '160px', flex: '1 1 160px', maxWidth: '280px' },
  note: { flexBasis: '100%' },
});

const VALUE_LABELS: Record<Exclude<AuditFilterField, ''>, string> = {
  CustomerId: 'Customer ID',
  ResourceType: 'Resource type',
  CompanyName: 'Company name contains',
};

/** The period and the one optional filter; nothing is asked of the API until "Apply", so typing costs no requests. */
export function AuditFilters({ applied, onApply }: { applied: AuditCriteria; onApply: (criteria: AuditCriteria) => void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(applied);
  const [problems, setProblems] = useState<CriteriaProblems>();
  const change = (part: Partial<AuditCriteria>) => setDraft((current) => ({ ...current, ...part }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemsWith(draft);
    setProblems(found);
    if (!found) {
      onApply(draft);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Audit log filters">
      <Field className={styles.field} label="Start date" required validationMessage={problems?.dates}>
        <Input type="date" value={draft.startDate} onChange={(_, data) => change({ startDate: data.value })} />
      </Field>
      <Field className={styles.field} label="End date" required>
        <Input type="date" value={draft.endDate} onChange={(_, data) => change({ endDate: data.value })} />
      </Field>
      <Field className={styles.field} label="Filter by">
        <Select value={draft.field} onChange={(_, data) => change({ field: data.value as AuditFilterField, value: '' })}>
          <option value="">No filter</option>
          <option value="CustomerId">Customer ID</option>
          <option value="ResourceType">Resource type</option>
          <option value="CompanyName">Company name</option>
        </Select>
      </Field>
      {draft.field === 'ResourceType' && (
        <Field className={styles.field} label={VALUE_LABELS.ResourceType} validationMessage={problems?.value}>
          <Select value={draft.value} onChange={(_, data) => change({ value: data.value })}>
            <option value="">Choose a type</option>
            {AUDIT_RESOURCE_TYPES.map((type) => (
              <option key={type} value={type}>{words(type)}</option>
            ))}
          </Select>
        </Field>
      )}
      {(draft.field === 'CustomerId' || draft.field === 'CompanyName') && (
        <Field className={styles.field} label={VALUE_LABELS[draft.field]} validationMessage={problems?.value}>
          <Input value={draft.value} onChange={(_, data) => change({ value: data.value })} />
        </Field>
      )}
      <Button type="submit" appearance="primary" icon={<FilterRegular />}>
        Apply
      </Button>
      <Caption1 className={styles.note}>Dates are in UTC; the end date is included in full.</Caption1>
    </form>
  );
}
