import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ box: { overflowX: 'auto', maxWidth: '100%' } });

/**
 * Lets a wide table scroll sideways on a phone (390 px) instead of widening the page; focusable and named so a
 * keyboard user can scroll it too. Billing's own (as account/'s): lanes keep shared pieces in their folder.
 */
export function HorizontalScroll({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
