import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  wrapper: {
    overflowX: 'auto',
    maxWidth: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** A wide table scrolls sideways inside the page on a phone (390 px) instead of widening the page. */
export function TableScroll({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.wrapper}>{children}</div>;
}
