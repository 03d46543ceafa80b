import { Field, Select, makeStyles } from '@fluentui/react-components';

export interface ExportChoice {
  attributeSet: 'full' | 'basic';
  format: 'jsonl' | 'csv';
}

export const DEFAULT_EXPORT: ExportChoice = { attributeSet: 'full', format: 'jsonl' };

const useStyles = makeStyles({ field: { minWidth: '180px', flex: '1 1 180px', maxWidth: '280px' } });

/** What the file holds (every field, or the reconciliation fields) and how it is written. */
export function ExportOptions({ choice, onChange, disabled }: { choice: ExportChoice; onChange: (choice: ExportChoice) => void; disabled: boolean }) {
  const styles = useStyles();
  return (
    <>
      <Field className={styles.field} label="Attributes">
        <Select value={choice.attributeSet} disabled={disabled} onChange={(_, data) => onChange({ ...choice, attributeSet: data.value as ExportChoice['attributeSet'] })}>
          <option value="full">Full (every field)</option>
          <option value="basic">Basic (reconciliation fields)</option>
        </Select>
      </Field>
      <Field className={styles.field} label="File format">
        <Select value={choice.format} disabled={disabled} onChange={(_, data) => onChange({ ...choice, format: data.value as ExportChoice['format'] })}>
          <option value="jsonl">JSON lines (gzip)</option>
          <option value="csv">CSV (gzip)</option>
        </Select>
      </Field>
    </>
  );
}
