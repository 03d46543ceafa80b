import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, max-content) 1fr',
    gap: '6px 16px',
    margin: 0,
    overflowWrap: 'anywhere',
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/** Read-only facts as label and value pairs (a `dl`, so screen readers pair them); blank values show a dash. */
export function DescriptionList({ items, label }: { items: [string, ReactNode][]; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {items.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value === null || value === undefined || value === '' ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
