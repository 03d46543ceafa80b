import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  box: {
    display: 'grid',
    gap: '8px',
    justifyItems: 'start',
    padding: '24px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** An empty list says so and what to do next (`action`: the button or link that does it). */
export function EmptyState({ title, hint, action }: { title: string; hint: string; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="status">
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1>{hint}</Body1>
      {action}
    </div>
  );
}
