import {
  Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles,
} from '@fluentui/react-components';
import { DeleteRegular, PersonKeyRegular } from '@fluentui/react-icons';
import { TableScroll } from '../../shell/TableScroll';
import { memberName, type Member } from './Member';
import type { MemberKind } from './memberKinds';
import { RoleBadges } from './RoleBadges';
import type { MemberRules } from './useMemberRules';

const useStyles = makeStyles({
  // Columns as wide as their content: Fluent's fixed layout makes them equal whatever they hold.
  table: { minWidth: '680px', tableLayout: 'auto' },
  id: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
  actions: { display: 'flex', gap: '4px', whiteSpace: 'nowrap' },
});

interface MembersTableProps {
  kind: MemberKind;
  members: Member[];
  rules: MemberRules;
  onManage: (member: Member) => void;
  onRemove: (member: Member) => void;
}

/** Users or applications with their roles; Remove shows only where the API could allow it. */
export function MembersTable({ kind, members, rules, onManage, onRemove }: MembersTableProps) {
  const styles = useStyles();
  return (
    <TableScroll label={`${kind.title} (scrolls sideways)`}>
      <Table className={styles.table} aria-label={kind.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{kind.nameLabel}</TableHeaderCell>
            <TableHeaderCell>{kind.idLabel}</TableHeaderCell>
            <TableHeaderCell>Roles</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id}>
              <TableCell>
                {memberName(member)}
                {rules.isSelf(member) && <Caption1> (you)</Caption1>}
              </TableCell>
              <TableCell className={styles.id}>{member.id}</TableCell>
              <TableCell>
                <RoleBadges roles={member.roles} />
              </TableCell>
              <TableCell>
                <div className={styles.actions}>
                  <Button size="small" icon={<PersonKeyRegular />} onClick={() => onManage(member)}>
                    Manage roles
                  </Button>
                  {rules.mayRemove(member) && (
                    <Button size="small" icon={<DeleteRegular />} onClick={() => onRemove(member)}>
                      {kind.removeAction}
                    </Button>
                  )}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
