import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { fieldErrorsOf } from '../fieldErrors';
import { registerPartner } from './partnerApi';
import { PartnerAddressFields } from './PartnerAddressFields';
import { EMPTY_DRAFT, toRegistration } from './registrationDraft';
import { RegisterPartnerFields } from './RegisterPartnerFields';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' } });

/** Registers a partner organisation with its first global admin; a refusal marks the fields the API named. */
export function RegisterPartnerDialog({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errors = fieldErrorsOf(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await registerPartner(toRegistration(draft));
      await queryClient.invalidateQueries({ queryKey: ['operator', 'partners'] });
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
            <DialogTitle>Register partner</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined && <ErrorMessage error={error} title="The partner was not registered" />}
              <RegisterPartnerFields draft={draft} onChange={setDraft} errors={errors} disabled={busy} />
              <PartnerAddressFields address={draft.address} onChange={(address) => setDraft({ ...draft, address })} errors={errors} disabled={busy} />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose} disabled={busy}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                Register
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
