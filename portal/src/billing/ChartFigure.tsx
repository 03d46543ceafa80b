import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'grid',
    gap: '8px',
    padding: '12px',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  caption: { fontWeight: tokens.fontWeightSemibold },
  chart: { width: '100%', height: '260px', minWidth: 0 },
});

interface ChartFigureProps {
  /** The figure's accessible name and visible caption. */
  title: string;
  /** The chart's message in words: what a sighted reader would take from it. */
  summary: string;
  chart: ReactNode;
  /** The same numbers as text (a table or list): the chart's full text alternative. */
  numbers: ReactNode;
}

/** A chart with its caption, a summary in words and its numbers as text, so no one depends on seeing the chart. */
export function ChartFigure({ title, summary, chart, numbers }: ChartFigureProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-label={title}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <Caption1>{summary}</Caption1>
      <div className={styles.chart}>{chart}</div>
      {numbers}
    </figure>
  );
}
