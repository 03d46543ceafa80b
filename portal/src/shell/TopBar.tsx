import {
  Avatar,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { NavigationRegular, SignOutRegular } from '@fluentui/react-icons';
import { useAuth } from '../auth/AuthProvider';
import { useMe } from '../me/MeProvider';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 16px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontWeight: tokens.fontWeightSemibold, flex: 1, color: tokens.colorNeutralForegroundOnBrand },
  partner: { color: tokens.colorNeutralForegroundOnBrand, '@media (max-width: 767px)': { display: 'none' } },
  menuButton: { color: tokens.colorNeutralForegroundOnBrand },
});

export function TopBar({ showMenu, onMenu }: { showMenu: boolean; onMenu: () => void }) {
  const styles = useStyles();
  const { me } = useMe();
  const { signOut } = useAuth();
  const name = me.user.userPrincipalName ?? me.user.id;
  return (
    <header className={styles.bar}>
      {showMenu && (
        <Button appearance="transparent" className={styles.menuButton} icon={<NavigationRegular />} aria-label="Open navigation" onClick={onMenu} />
      )}
      <Text className={styles.title} size={400}>
        Partner Center
      </Text>
      <Text className={styles.partner}>{me.partner.name}</Text>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="transparent" aria-label={`Account: ${name}`} icon={<Avatar name={name} size={28} color="colorful" />} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem disabled>{name}</MenuItem>
            <MenuItem disabled>{me.roles.join(', ') || 'no roles'}</MenuItem>
            <MenuItem icon={<SignOutRegular />} onClick={() => void signOut()}>
              Sign out
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </header>
  );
}
