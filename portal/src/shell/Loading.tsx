import { Spinner, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ box: { padding: '48px', display: 'flex', justifyContent: 'center' } });

export function Loading({ label = 'Loading…' }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="status">
      <Spinner label={label} />
    </div>
  );
}
