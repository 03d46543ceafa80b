import { useState } from 'react';
import { Button, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowExportRegular } from '@fluentui/react-icons';
import { api } from '../../api/client';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { invoicePath } from '../Invoice';
import { ExportManifestView } from './ExportManifestView';
import { DEFAULT_EXPORT, ExportOptions, type ExportChoice } from './ExportOptions';
import type { Operation } from '../../api/operation';
import { OperationProgress } from './OperationProgress';
import { useOperation } from '../../api/useOperation';

const useStyles = makeStyles({
  section: { display: 'grid', gap: '12px', minWidth: 0, padding: '16px', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
});

/**
 * The invoice's reconciliation file: the API writes it in the background (202 and an operation), so the page
 * follows the operation, then lists the manifest's parts to download and check.
 */
export function ReconciliationExport({ invoiceId }: { invoiceId: string }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_EXPORT);
  const [operationId, setOperationId] = useState<string>();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>();
  const operation = useOperation(operationId);
  const current = operation.data?.operation;
  const running = starting || current?.status === 'running';

  const start = async () => {
    setStarting(true);
    setError(undefined);
    try {
      const started = await api<Operation>(`${invoicePath(invoiceId)}/exports`, { method: 'POST', body: choice });
      setOperationId(started.id);
    } catch (failure) {
      setError(failure);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="reconciliation-title">
      <Subtitle1 as="h2" id="reconciliation-title">Reconciliation file</Subtitle1>
      <Caption1>Every usage line of this invoice, in gzip parts you can check against their SHA-256.</Caption1>
      <div className={styles.form}>
        <ExportOptions choice={choice} onChange={setChoice} disabled={running} />
        <Button appearance="primary" icon={<ArrowExportRegular />} onClick={() => void start()} disabledFocusable={running}>
          Export reconciliation file
        </Button>
      </div>
      {error !== undefined && <ErrorMessage error={error} title="The export could not be started" />}
      {operation.error && <ErrorMessage error={operation.error} title="The export's progress could not be read" />}
      {current && <OperationProgress operation={current} />}
      {current?.status === 'succeeded' && current.resourceLocation && <ExportManifestView location={current.resourceLocation} />}
    </section>
  );
}
