import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { usePagedList } from '../../api/usePagedList';
import { EmptyState } from '../../shell/EmptyState';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { PageHeader } from '../../shell/PageHeader';
import { Pager } from '../../shell/Pager';
import { AddMemberDialog } from './AddMemberDialog';
import { ManageRolesDialog } from './ManageRolesDialog';
import type { Member } from './Member';
import { listPath } from './memberApi';
import type { MemberKind } from './memberKinds';
import { MembersTable } from './MembersTable';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import { useMemberRules } from './useMemberRules';

/** The users or the applications of the caller's organisation, a page at a time, and what may be done to them. */
export function MembersPage({ kind }: { kind: MemberKind }) {
  const rules = useMemberRules(kind);
  const list = usePagedList<Member>(['account', kind.collection], listPath(kind));
  const [adding, setAdding] = useState(false);
  const [managing, setManaging] = useState<Member>();
  const [removing, setRemoving] = useState<Member>();
  const members = list.page?.items ?? [];
  const addButton = (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => setAdding(true)}>
      {kind.addAction}
    </Button>
  );

  return (
    <>
      <PageHeader title={kind.title} actions={addButton} />
      {list.isPending ? (
        <Loading label={`Loading ${kind.collection}…`} />
      ) : list.error ? (
        <ErrorMessage error={list.error} title={`The ${kind.collection} could not be loaded`} />
      ) : members.length === 0 && list.pageNumber === 1 ? (
        <EmptyState title={`No ${kind.collection} yet`} hint={`Use "${kind.addAction}" to add the first one.`} />
      ) : (
        <>
          <MembersTable kind={kind} members={members} rules={rules} onManage={setManaging} onRemove={setRemoving} />
          <Pager list={list} label={kind.title} />
        </>
      )}
      {adding && <AddMemberDialog kind={kind} onClose={() => setAdding(false)} />}
      {managing && <ManageRolesDialog kind={kind} member={managing} onClose={() => setManaging(undefined)} />}
      {removing && <RemoveMemberDialog kind={kind} member={removing} onClose={() => setRemoving(undefined)} />}
    </>
  );
}
