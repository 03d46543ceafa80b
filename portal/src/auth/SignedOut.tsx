import { Button, Title2, Body1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { maxWidth: '640px', margin: '64px auto', padding: tokens.spacingHorizontalL, display: 'grid', gap: '16px' },
});

/** Where sign-out lands: no automatic sign-in here, or signing out would sign straight back in. */
export function SignedOut() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1">You have signed out</Title2>
      <Body1>Your tokens were removed from this browser and the sign-in session was ended.</Body1>
      <Button appearance="primary" onClick={() => window.location.assign('/')}>
        Sign in
      </Button>
    </main>
  );
}
