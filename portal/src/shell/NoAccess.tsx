import { Body1, Title2, makeStyles } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({ box: { display: 'grid', gap: '12px', justifyItems: 'start', padding: '24px 0' } });

/** What a deep link to a page the caller's roles do not allow shows, instead of a page of failed requests. */
export function NoAccess() {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="no-access-title">
      <LockClosedRegular fontSize={40} aria-hidden />
      <Title2 as="h1" id="no-access-title">
        You don't have access to this page
      </Title2>
      <Body1>
        Your roles do not include it. Ask your organisation's global admin or user admin to grant you a role that does.
      </Body1>
    </section>
  );
}
