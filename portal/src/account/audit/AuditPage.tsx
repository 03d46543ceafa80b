import { useState } from 'react';
import { usePagedList } from '../../api/usePagedList';
import { EmptyState } from '../../shell/EmptyState';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { PageHeader } from '../../shell/PageHeader';
import { Pager } from '../../shell/Pager';
import type { AuditRecord } from './AuditRecord';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { auditPath, defaultCriteria, type AuditCriteria } from './auditCriteria';

/**
 * Account settings › Audit log: the changes made in a period, oldest first (as the API orders them), paged through the API's continuation token
 * (in the next link's MS-ContinuationToken header, which usePagedList sends back).
 */
export function AuditPage() {
  const [criteria, setCriteria] = useState<AuditCriteria>(defaultCriteria);
  const list = usePagedList<AuditRecord>(['account', 'auditrecords'], auditPath(criteria));
  const records = list.page?.items ?? [];
  return (
    <>
      <PageHeader title="Audit log" />
      <AuditFilters applied={criteria} onApply={setCriteria} />
      {list.isPending ? (
        <Loading label="Loading audit records…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="The audit log could not be loaded" />
      ) : records.length === 0 && list.pageNumber === 1 ? (
        <EmptyState title="No changes in this period" hint="Choose an earlier start date or another filter." />
      ) : (
        <>
          <AuditTable records={records} />
          <Pager list={list} label="Audit records" />
        </>
      )}
    </>
  );
}
