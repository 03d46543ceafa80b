import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { FormDialog, useSubmission } from '../shell/FormDialog';
import { EMPTY_DRAFT, NewRequestFields, type RequestDraft } from './NewRequestFields';
import { openRequest } from './serviceRequestApi';

/** Opens a request, then shows its page: that is where it is escalated and followed. */
export function NewRequestDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const complete = draft.title.trim() !== '' && draft.description.trim() !== '' && draft.supportTopicId !== '';
  const submission = useSubmission(async () => {
    const opened = await openRequest({
      title: draft.title.trim(),
      description: draft.description.trim(),
      severity: draft.severity,
      supportTopicId: Number(draft.supportTopicId),
      customerId: draft.customerId || undefined,
    });
    await queryClient.invalidateQueries({ queryKey: ['support', 'requests'] });
    navigate(`/support/requests/${encodeURIComponent(opened.id)}`);
  });

  return (
    <FormDialog title="New service request" submitLabel="Open request" errorTitle="The request was not opened" submission={submission}
      onClose={onClose} canSubmit={complete}>
      <NewRequestFields draft={draft} onChange={(part) => setDraft((current) => ({ ...current, ...part }))} disabled={submission.busy} />
    </FormDialog>
  );
}
