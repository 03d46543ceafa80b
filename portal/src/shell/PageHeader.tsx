import { Title2, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'center', justifyContent: 'space-between' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** A page's one h1 and its main actions. */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title2 as="h1">{title}</Title2>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
