import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import type { ServiceRequest } from '../ServiceRequest';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

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
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const changed = await action.run(text.trim());
      queryClient.setQueryData(['support', 'request', requestId], changed);
      await queryClient.invalidateQueries({ queryKey: ['support'], predicate: (query) => query.queryKey[1] !== 'request' });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{action.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined && <ErrorMessage error={error} title={action.refusedTitle} />}
              {action.intro && <Body1 as="p">{action.intro}</Body1>}
              <Field label={action.fieldLabel} required={action.required} hint={action.hint}>
                <Textarea value={text} onChange={(_, data) => setText(data.value)} disabled={busy} maxLength={action.maxLength} rows={5} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={busy || (action.required && text.trim() === '')}>
                {action.submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
