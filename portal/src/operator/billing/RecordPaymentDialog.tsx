import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { FormDialog, useSubmission } from '../../shell/FormDialog';
import { TextField } from '../../shell/TextField';
import { fieldErrorsByPath } from '../../api/fieldErrors';
import { recordPayment } from './billingApi';
import { EMPTY_PAYMENT, toPaymentRequest, type PaymentDraft } from './paymentDraft';

/** Records a payment against an issued invoice; the API names each bad field in one 400, shown under the field. */
export function RecordPaymentDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PaymentDraft>(EMPTY_PAYMENT);
  const submission = useSubmission(async () => {
    await recordPayment(toPaymentRequest(draft));
    await queryClient.invalidateQueries({ queryKey: ['operator', 'payments'] });
    onClose();
  });
  const { busy } = submission;
  const errors = fieldErrorsByPath(submission.error);
  const set = (key: keyof PaymentDraft) => (value: string) => setDraft({ ...draft, [key]: value });

  return (
    <FormDialog title="Record payment" submitLabel="Record" errorTitle="The payment was not recorded" submission={submission} onClose={onClose}>
      <TextField label="Invoice ID" required placeholder="G000000001" value={draft.invoiceId} onChange={set('invoiceId')} error={errors.invoiceId} disabled={busy} />
      <TextField label="Amount" required hint="In the invoice's currency, such as 120.50. Beyond the balance becomes the partner's credit."
        value={draft.amount} onChange={set('amount')} error={errors.amount} disabled={busy} />
      <TextField label="Currency" required hint="The invoice's currency (ISO 4217), such as USD." value={draft.currencyCode} onChange={set('currencyCode')} error={errors.currencyCode} disabled={busy} />
      <TextField label="Payment date" type="date" hint="Not after today; none is today." value={draft.paymentDate} onChange={set('paymentDate')} error={errors.paymentDate} disabled={busy} />
      <TextField label="Reference" hint="Optional: the bank transfer's reference, say." value={draft.reference} onChange={set('reference')} error={errors.reference} disabled={busy} />
    </FormDialog>
  );
}
