import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from './ErrorMessage';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

export interface Submission {
  busy: boolean;
  /** The last refusal, until the next try. */
  error: unknown;
  submit: (event: FormEvent) => void;
}

/**
 * Runs a dialog's write once per submit. `busy` stays on after success: the action closes the dialog or leaves the
 * page, and the fields must not come back to life meanwhile.
 */
export function useSubmission(action: () => Promise<unknown>): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    action().catch((failure: unknown) => {
      setError(failure);
      setBusy(false);
    });
  };
  return { busy, error, submit };
}

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** The refusal's title, saying what did not happen. */
  errorTitle: string;
  submission: Submission;
  onClose: () => void;
  /** False while a required field is still empty. */
  canSubmit?: boolean;
  children: ReactNode;
}

/** A form in a dialog: the API's refusal above the fields, Cancel and submit below; no closing while a write runs. */
export function FormDialog({ title, submitLabel, errorTitle, submission, onClose, canSubmit = true, children }: FormDialogProps) {
  const styles = useStyles();
  const { busy, error, submit } = submission;
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined && <ErrorMessage error={error} title={errorTitle} />}
              {children}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose} disabled={busy}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={busy || !canSubmit}>{submitLabel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
