import { Card, CardHeader, Subtitle2, makeStyles } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

const useStyles = makeStyles({ card: { maxWidth: '880px' } });

/** A titled block of the detail page (a region named by its heading, for screen-reader navigation). */
export function SectionCard({ title, action, children }: { title: string; action?: ReactElement | false; children: ReactNode }) {
  const styles = useStyles();
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card className={styles.card} role="region" aria-labelledby={id}>
      <CardHeader header={<Subtitle2 as="h2" id={id}>{title}</Subtitle2>} action={action || undefined} />
      {children}
    </Card>
  );
}
