import { NavDrawer, NavDrawerBody, NavItem, NavSectionHeader } from '@fluentui/react-components';
import { useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../me/MeProvider';
import { NAVIGATION } from './navigation';

function selected(pathname: string): string {
  const matches = NAVIGATION.filter((entry) => entry.path === pathname || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`)));
  return matches[0]?.path ?? (pathname === '/' ? '/' : '');
}

/** Only the pages the caller may open; sections appear when one of their pages does. */
export function SideNavigation({ open, overlay, onClose }: { open: boolean; overlay: boolean; onClose: () => void }) {
  const { can } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const visible = NAVIGATION.filter((entry) => !entry.feature || can(entry.feature));
  let section: string | undefined;
  return (
    <NavDrawer
      open={open}
      type={overlay ? 'overlay' : 'inline'}
      onOpenChange={(_, data) => !data.open && onClose()}
      selectedValue={selected(pathname)}
      aria-label="Partner Center"
    >
      <NavDrawerBody>
        {visible.flatMap((entry) => {
          const header = entry.section && entry.section !== section ? <NavSectionHeader key={`section-${entry.section}`}>{entry.section}</NavSectionHeader> : null;
          section = entry.section;
          const Icon = entry.icon;
          const item = (
            <NavItem
              key={entry.path}
              value={entry.path}
              href={entry.path}
              icon={<Icon />}
              onClick={(event) => {
                event.preventDefault();
                navigate(entry.path);
                onClose();
              }}
            >
              {entry.label}
            </NavItem>
          );
          return header ? [header, item] : [item];
        })}
      </NavDrawerBody>
    </NavDrawer>
  );
}
