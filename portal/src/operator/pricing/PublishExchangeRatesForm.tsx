import { useState, type FormEvent } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { FileField } from './FileField';
import { EXCHANGE_RATES_KEY, EXCHANGE_RATES_PATH, type ExchangeRateSet } from './PriceList';
import { UploadStatus } from './UploadStatus';
import { useFileUpload } from './useFileUpload';
import { formatUtcDate } from '../../shell/format';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)', maxWidth: '560px' } });

/** Publishes a set of exchange rates from a JSON file, the only form the API takes them in. */
export function PublishExchangeRatesForm() {
  const styles = useStyles();
  const upload = useFileUpload<ExchangeRateSet>(EXCHANGE_RATES_KEY);
  const [file, setFile] = useState<File>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      void upload.start(EXCHANGE_RATES_PATH, file, 'application/json');
    }
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <FileField
        label="Exchange rates file"
        accept=".json,application/json"
        hint='JSON {"effectiveDate": "2026-01-01", "base": "USD", "rates": {"EUR": 0.92}}: units of each currency per US dollar.'
        onFile={setFile}
        disabled={upload.busy}
      />
      <div>
        <Button appearance="primary" type="submit" icon={<ArrowUploadRegular />} disabled={upload.busy || !file}>
          Publish exchange rates
        </Button>
      </div>
      <UploadStatus
        upload={upload}
        refusedTitle="The exchange rates were not published"
        what="exchange rates"
        published={(set) => `${Object.keys(set.rates).length} currencies, effective ${formatUtcDate(set.effectiveDate)}.`}
      />
    </form>
  );
}
