import { useState, type FormEvent } from 'react';
import { Button, Field, Select, makeStyles } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { TextField } from '../../shell/TextField';
import { FileField } from './FileField';
import { PRICE_LISTS_KEY, PRICE_LISTS_PATH, type PriceListVersion } from './PriceList';
import { UploadStatus } from './UploadStatus';
import { useFileUpload } from './useFileUpload';
import { formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)', maxWidth: '560px' } });

function isCsv(file: File): boolean {
  return file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
}

/**
 * Publishes a whole price list from a file, as the API takes it: JSON ({effectiveDate, currency, meters}) as is, or
 * CSV (a row per meter and tier), whose effective date travels in the query since a CSV file has no place for it.
 */
export function PublishPriceListForm() {
  const styles = useStyles();
  const upload = useFileUpload<PriceListVersion>(PRICE_LISTS_KEY);
  const [file, setFile] = useState<File>();
  const [kind, setKind] = useState('azure');
  const [effectiveDate, setEffectiveDate] = useState('');
  const csv = file !== undefined && isCsv(file);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      return;
    }
    const query = new URLSearchParams({ kind });
    if (csv) {
      query.set('effectiveDate', effectiveDate);
      query.set('currency', 'USD');
    }
    void upload.start(`${PRICE_LISTS_PATH}?${query}`, file, csv ? 'text/csv' : 'application/json');
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <FileField
        label="Price list file"
        accept=".csv,.json,text/csv,application/json"
        hint="JSON {effectiveDate, currency: USD, meters: [...]} or CSV with the header meterId,name,category,subcategory,region,unit,includedQuantity,tierStart,unitPrice,effectiveDate,tags."
        onFile={setFile}
        disabled={upload.busy}
      />
      <Field label="Rate card">
        <Select value={kind} onChange={(_, data) => setKind(data.value)} disabled={upload.busy}>
          <option value="azure">Azure (rates the metering feed)</option>
          <option value="shared">Shared services</option>
        </Select>
      </Field>
      {csv && (
        <TextField label="Effective date" type="date" required value={effectiveDate} onChange={setEffectiveDate}
          hint="From this day (UTC) the list replaces the one before. Prices are in USD." disabled={upload.busy} />
      )}
      <div>
        <Button appearance="primary" type="submit" icon={<ArrowUploadRegular />} disabled={upload.busy || !file || (csv && effectiveDate === '')}>
          Publish price list
        </Button>
      </div>
      <UploadStatus
        upload={upload}
        refusedTitle="The price list was not published"
        what="price list"
        published={(version) => `Version ${version.id}: ${version.meterCount} meters, effective ${formatUtcDate(version.effectiveDate)}.`}
      />
    </form>
  );
}
