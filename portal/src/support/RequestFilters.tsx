import { Field, Select, makeStyles } from '@fluentui/react-components';
import { SEVERITY_LABELS, STATUS_LABELS } from './labels';
import type { Severity, Status } from './ServiceRequest';
import type { RequestFilter } from './serviceRequestApi';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
  field: { minWidth: '160px', flex: '1 1 160px', maxWidth: '240px' },
});

/** Status and severity: the API filters on both, so each change asks for the first page again. */
export function RequestFilters({ filter, onChange }: { filter: RequestFilter; onChange: (filter: RequestFilter) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.form} role="search" aria-label="Filter service requests">
      <Field className={styles.field} label="Status">
        <Select value={filter.status} onChange={(_, data) => onChange({ ...filter, status: data.value as Status | '' })}>
          <option value="">All statuses</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label="Severity">
        <Select value={filter.severity} onChange={(_, data) => onChange({ ...filter, severity: data.value as Severity | '' })}>
          <option value="">All severities</option>
          {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
