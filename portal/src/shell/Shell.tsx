import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { makeStyles, tokens } from '@fluentui/react-components';
import { SideNavigation } from './SideNavigation';
import { TopBar } from './TopBar';
import { useWideScreen } from './useWideScreen';

const useStyles = makeStyles({
  frame: { display: 'grid', gridTemplateRows: 'auto 1fr', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  body: { display: 'flex', minHeight: 0 },
  main: {
    flex: 1,
    minWidth: 0,
    padding: '24px',
    display: 'grid',
    gap: '16px',
    alignContent: 'start',
    '@media (max-width: 767px)': { padding: '12px' },
  },
});

/** The frame of every signed-in page: the top bar, the navigation the caller's features allow, the page. */
export function Shell() {
  const styles = useStyles();
  const wide = useWideScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className={styles.frame}>
      <TopBar showMenu={!wide} onMenu={() => setMenuOpen(true)} />
      <div className={styles.body}>
        <SideNavigation open={wide || menuOpen} overlay={!wide} onClose={() => setMenuOpen(false)} />
        <main className={styles.main} id="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
