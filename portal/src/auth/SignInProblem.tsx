import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { maxWidth: '640px', margin: '64px auto', padding: tokens.spacingHorizontalL, display: 'grid', gap: '16px' },
});

/** A sign-in that could not finish (an error from the authority, a stale callback): say so, offer to start over. */
export function SignInProblem({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Sign-in did not complete</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={() => window.location.assign('/')}>
        Sign in again
      </Button>
    </main>
  );
}
