import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../shell/ErrorMessage';
import { EMPTY_DRAFT, NewRequestFields, type RequestDraft } from './NewRequestFields';
import { openRequest } from './serviceRequestApi';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** Opens a request, then shows its page: that is where it is escalated and followed. */
export function NewRequestDialog({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const complete = draft.title.trim() !== '' && draft.description.trim() !== '' && draft.supportTopicId !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const opened = await openRequest({
        title: draft.title.trim(),
        description: draft.description.trim(),
        severity: draft.severity,
        supportTopicId: Number(draft.supportTopicId),
        customerId: draft.customerId || undefined,
      });
      await queryClient.invalidateQueries({ queryKey: ['support', 'requests'] });
      navigate(`/support/requests/${encodeURIComponent(opened.id)}`);
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
            <DialogTitle>New service request</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined && <ErrorMessage error={error} title="The request was not opened" />}
              <NewRequestFields draft={draft} onChange={(part) => setDraft((current) => ({ ...current, ...part }))} disabled={busy} />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={busy || !complete}>
                Open request
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
