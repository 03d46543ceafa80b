import { Field, Select, makeStyles } from '@fluentui/react-components';
import { SEVERITY_LABELS, STATUS_LABELS } from '../../support/labels';

const useStyles = makeStyles({ bar: { display: 'flex', flexWrap: 'wrap', gap: '12px' } });

export interface QueueFilter {
  status: string;
  severity: string;
}

/** Status and severity, as the list's query parameters take them; empty is any. */
export function QueueFilters({ filter, onChange }: { filter: QueueFilter; onChange: (filter: QueueFilter) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label="Filter the queue">
      <Field label="Status">
        <Select value={filter.status} onChange={(_, data) => onChange({ ...filter, status: data.value })}>
          <option value="">Any status</option>
          {Object.entries(STATUS_LABELS).map(([value, name]) => <option key={value} value={value}>{name}</option>)}
        </Select>
      </Field>
      <Field label="Severity">
        <Select value={filter.severity} onChange={(_, data) => onChange({ ...filter, severity: data.value })}>
          <option value="">Any severity</option>
          {Object.entries(SEVERITY_LABELS).map(([value, name]) => <option key={value} value={value}>{name}</option>)}
        </Select>
      </Field>
    </div>
  );
}
