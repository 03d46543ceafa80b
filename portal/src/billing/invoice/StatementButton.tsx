import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { DocumentPdfRegular } from '@fluentui/react-icons';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { fetchBytes, saveAs } from '../download';
import { invoicePath } from '../Invoice';

/** The invoice's PDF statement, fetched with the token and saved as `<invoice id>.pdf`. */
export function StatementButton({ invoiceId }: { invoiceId: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const bytes = await fetchBytes(`${invoicePath(invoiceId)}/documents/statement`, 'application/pdf');
      saveAs(bytes, 'application/pdf', `${invoiceId}.pdf`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<DocumentPdfRegular />} onClick={() => void download()} disabledFocusable={busy}>
        Download statement (PDF)
      </Button>
      {error !== undefined && <ErrorMessage error={error} title="The statement could not be downloaded" />}
    </>
  );
}
