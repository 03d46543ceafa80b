import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import type { Customer } from './types';

const useStyles = makeStyles({
  box: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)', maxWidth: '720px' },
  credentials: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: 0, overflowWrap: 'anywhere' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * The answer to a creation: the customer's admin user and its password, which the API answers this once (a replay
 * of the request answers it without), so the page says so before anyone navigates away.
 */
export function CreatedCustomer({ customer, onAnother }: { customer: Customer; onAnother: () => void }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const credentials = customer.userCredentials;
  const copy = async () => {
    await navigator.clipboard.writeText(credentials?.password ?? '');
    setCopied(true);
  };
  return (
    <section className={styles.box} aria-label="Customer created">
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Customer created</MessageBarTitle>
          {customer.companyProfile.companyName} ({customer.companyProfile.domain}) is ready.
        </MessageBarBody>
      </MessageBar>
      {credentials?.password ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Save the admin's password now</MessageBarTitle>
            These credentials won't be shown again. Give them to the customer's administrator securely.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Body1>The admin's password was shown when the customer was created and is not shown again.</Body1>
      )}
      {credentials && (
        <dl className={styles.credentials} aria-label="Admin credentials">
          <dt className={styles.term}>User name</dt>
          <dd className={styles.value}>{credentials.userName}</dd>
          {credentials.password && (
            <>
              <dt className={styles.term}>Password</dt>
              <dd className={styles.value}>{credentials.password}</dd>
            </>
          )}
        </dl>
      )}
      <div className={styles.actions}>
        {credentials?.password && (
          <Button icon={<CopyRegular />} onClick={() => void copy()}>
            {copied ? 'Password copied' : 'Copy password'}
          </Button>
        )}
        <Link to={`/customers/${customer.id}`}>Open {customer.companyProfile.companyName}</Link>
        <Button appearance="subtle" onClick={onAnother}>
          Create another customer
        </Button>
      </div>
    </section>
  );
}
