import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { Choice, LineItemFilter } from './lineItemFilter';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
  field: { minWidth: '200px', flex: '1 1 200px', maxWidth: '360px' },
});

interface LineItemFiltersProps {
  filter: LineItemFilter;
  customers: Choice[];
  meters: Choice[];
  onChange: (filter: LineItemFilter) => void;
}

/** Filters over the loaded page, applied as chosen: nothing is asked of the API. */
export function LineItemFilters({ filter, customers, meters, onChange }: LineItemFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.form} role="group" aria-label="Line item filters">
      <Field className={styles.field} label="Customer">
        <Select value={filter.customerId} onChange={(_, data) => onChange({ ...filter, customerId: data.value })}>
          <option value="">All customers</option>
          {customers.map((choice) => (
            <option key={choice.value} value={choice.value}>{choice.label}</option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label="Meter">
        <Select value={filter.meterId} onChange={(_, data) => onChange({ ...filter, meterId: data.value })}>
          <option value="">All meters</option>
          {meters.map((choice) => (
            <option key={choice.value} value={choice.value}>{choice.label}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
