import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { fieldErrorsOf } from '../fieldErrors';
import { TextField } from '../../shell/TextField';
import { recordPayment } from './billingApi';
import { EMPTY_PAYMENT, toPaymentRequest, type PaymentDraft } from './paymentDraft';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** Records a payment against an issued invoice; the API names each bad field in one 400, shown under the field. */
export function RecordPaymentDialog({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PaymentDraft>(EMPTY_PAYMENT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errors = fieldErrorsOf(error);
  const set = (key: keyof PaymentDraft) => (value: string) => setDraft({ ...draft, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await recordPayment(toPaymentRequest(draft));
      await queryClient.invalidateQueries({ queryKey: ['operator', 'payments'] });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>Record payment</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined && <ErrorMessage error={error} title="The payment was not recorded" />}
              <TextField label="Invoice ID" required placeholder="G000000001" value={draft.invoiceId} onChange={set('invoiceId')} error={errors.invoiceId} disabled={busy} />
              <TextField label="Amount" required hint="In the invoice's currency, such as 120.50. Beyond the balance becomes the partner's credit."
                value={draft.amount} onChange={set('amount')} error={errors.amount} disabled={busy} />
              <TextField label="Currency" required hint="The invoice's currency (ISO 4217), such as USD." value={draft.currencyCode} onChange={set('currencyCode')} error={errors.currencyCode} disabled={busy} />
              <TextField label="Payment date" type="date" hint="Not after today; none is today." value={draft.paymentDate} onChange={set('paymentDate')} error={errors.paymentDate} disabled={busy} />
              <TextField label="Reference" hint="Optional: the bank transfer's reference, say." value={draft.reference} onChange={set('reference')} error={errors.reference} disabled={busy} />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose} disabled={busy}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={busy}>Record</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
