import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Body1, Field, Textarea } from '@fluentui/react-components';
import { FormDialog, useSubmission } from '../../shell/FormDialog';
import type { ServiceRequest } from '../ServiceRequest';

export interface TextAction {
  title: string;
  intro?: string;
  fieldLabel: string;
  hint?: string;
  /** Whether the text must be given (a note, a reason) or may be left out (a closing note). */
  required: boolean;
  maxLength: number;
  /** Distinct from the button that opened the dialog, so each name on the page points at one button. */
  submitLabel: string;
  refusedTitle: string;
  run: (text: string) => Promise<ServiceRequest>;
}

/**
 * A change to a request that takes one text (a note, the reason to escalate, a closing note). The answer is the
 * request as changed, shown at once; the list and the timeline are asked for again.
 */
export function TextActionDialog({ action, requestId, onClose }: { action: TextAction; requestId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const submission = useSubmission(async () => {
    const changed = await action.run(text.trim());
    queryClient.setQueryData(['support', 'request', requestId], changed);
    await queryClient.invalidateQueries({ queryKey: ['support'], predicate: (query) => query.queryKey[1] !== 'request' });
    onClose();
  });

  return (
    <FormDialog title={action.title} submitLabel={action.submitLabel} errorTitle={action.refusedTitle} submission={submission}
      onClose={onClose} canSubmit={!action.required || text.trim() !== ''}>
      {action.intro && <Body1 as="p">{action.intro}</Body1>}
      <Field label={action.fieldLabel} required={action.required} hint={action.hint}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} disabled={submission.busy} maxLength={action.maxLength} rows={5} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
