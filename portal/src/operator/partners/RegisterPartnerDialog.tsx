import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { FormDialog, useSubmission } from '../../shell/FormDialog';
import { fieldErrorsByPath } from '../../api/fieldErrors';
import { registerPartner } from './partnerApi';
import { PartnerAddressFields } from './PartnerAddressFields';
import { EMPTY_DRAFT, toRegistration } from './registrationDraft';
import { RegisterPartnerFields } from './RegisterPartnerFields';

/** Registers a partner organisation with its first global admin; a refusal marks the fields the API named. */
export function RegisterPartnerDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const submission = useSubmission(async () => {
    await registerPartner(toRegistration(draft));
    await queryClient.invalidateQueries({ queryKey: ['operator', 'partners'] });
    onClose();
  });
  const { busy } = submission;
  const errors = fieldErrorsByPath(submission.error);

  return (
    <FormDialog title="Register partner" submitLabel="Register" errorTitle="The partner was not registered" submission={submission} onClose={onClose}>
      <RegisterPartnerFields draft={draft} onChange={setDraft} errors={errors} disabled={busy} />
      <PartnerAddressFields address={draft.address} onChange={(address) => setDraft({ ...draft, address })} errors={errors} disabled={busy} />
    </FormDialog>
  );
}
