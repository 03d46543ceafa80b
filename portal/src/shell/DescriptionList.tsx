import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  pairs: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, max-content) minmax(0, 1fr)',
    gap: '6px 16px',
    margin: 0,
    overflowWrap: 'anywhere',
    // A phone has no room for two columns: each term goes above its value.
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
    gap: '12px 24px',
    margin: 0,
    padding: '16px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  // The pair's wrapper takes no box in two columns, so term and value line up across rows.
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  tileTerm: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  tileValue: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

interface DescriptionListProps {
  items: [string, ReactNode][];
  /** The list's accessible name, when the heading above does not already say what it describes. */
  label?: string;
  /** Figures as tiles (an invoice's totals) instead of term and value side by side. */
  tiles?: boolean;
}

/** Read-only facts as term and value pairs (a `dl`, so screen readers pair them); blank values show a dash. */
export function DescriptionList({ items, label, tiles = false }: DescriptionListProps) {
  const styles = useStyles();
  return (
    <dl className={tiles ? styles.tiles : styles.pairs} aria-label={label}>
      {items.map(([term, value]) => (
        <div key={term} className={tiles ? undefined : styles.pair}>
          <dt className={tiles ? styles.tileTerm : styles.term}>{term}</dt>
          <dd className={tiles ? styles.tileValue : styles.value}>{value === null || value === undefined || value === '' ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
