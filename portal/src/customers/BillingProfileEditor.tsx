import { useState, type FormEvent } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/ApiError';
import { ErrorMessage } from '../shell/ErrorMessage';
import { BillingProfileFields } from './BillingProfileFields';
import { draftOf, profileOf } from './billingDraft';
import { updateBillingProfile } from './customerApi';
import { fieldErrorsByName } from '../api/fieldErrors';
import { StaleChangeMessage } from './StaleChangeMessage';
import type { BillingProfile } from './types';

const useStyles = makeStyles({
  // One column no wider than the card: a message bar's one-line layout would otherwise widen the form past it.
  form: { display: 'grid', gap: '16px', gridTemplateColumns: 'minmax(0, 1fr)' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

interface Props {
  customerId: string;
  profile: BillingProfile;
  /** Reads the profile again; answers the fresh one. */
  reload: () => Promise<BillingProfile | undefined>;
  onDone: () => void;
}

/**
 * Edits the billing profile as it was when the form opened: the PUT carries that version's etag, so a change someone
 * saved meanwhile is not overwritten unseen (the API refuses it as stale).
 */
export function BillingProfileEditor({ customerId, profile, reload, onDone }: Props) {
  const styles = useStyles();
  const queries = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(profile));
  const [etag, setEtag] = useState(profile.attributes?.etag);
  const [reloading, setReloading] = useState(false);
  const save = useMutation({
    mutationFn: () => updateBillingProfile(customerId, profileOf(draft, etag), etag),
    onSuccess: (saved) => {
      queries.setQueryData(['customer', customerId, 'billing'], saved);
      void queries.invalidateQueries({ queryKey: ['customer', customerId], exact: true });
      onDone();
    },
  });
  const stale = save.error instanceof ApiError && save.error.staleEtag;
  const reloadProfile = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        setDraft(draftOf(fresh));
        setEtag(fresh.attributes?.etag);
        save.reset();
      }
    } finally {
      setReloading(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Edit billing profile">
      {stale ? (
        <StaleChangeMessage what="billing profile" onReload={() => void reloadProfile()} reloading={reloading} />
      ) : (
        save.error && <ErrorMessage error={save.error} title="The billing profile was not saved" />
      )}
      <BillingProfileFields draft={draft} onChange={setDraft} errors={stale ? {} : fieldErrorsByName(save.error)} disabled={save.isPending} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={save.isPending || stale}>
          {save.isPending ? 'Saving…' : 'Save'}
        </Button>
        <Button onClick={onDone} disabled={save.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
