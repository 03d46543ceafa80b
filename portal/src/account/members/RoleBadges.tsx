import { Badge, Caption1, makeStyles } from '@fluentui/react-components';
import type { MemberRole } from './Member';
import { roleName } from './roles';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: '4px', minWidth: '140px' },
  badge: { whiteSpace: 'nowrap' },
});

/** A member's roles by their friendly names; `data-role` keeps the wire name for tests and tooling. */
export function RoleBadges({ roles }: { roles: MemberRole[] }) {
  const styles = useStyles();
  if (roles.length === 0) {
    return <Caption1>No roles</Caption1>;
  }
  return (
    <div className={styles.badges}>
      {roles.map((role) => (
        <Badge key={role.id} className={styles.badge} appearance="tint" shape="rounded" data-role={role.id}>
          {roleName(role.id)}
        </Badge>
      ))}
    </div>
  );
}
