import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { usePagedList } from '../api/usePagedList';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { Pager } from '../shell/Pager';
import { UNCATEGORISED } from './chartData';
import { TableScroll } from '../shell/TableScroll';
import type { UtilizationRecord } from './types';
import { utilizationPath, type UsageRange } from './usageRange';
import { formatNumber } from '../shell/format';

interface Props {
  customerId: string;
  subscriptionId: string;
  range: UsageRange;
}

/** The API's daily records by resource, a page at a time (its own paging, 25 rows a page here). */
export function UsageTable({ customerId, subscriptionId, range }: Props) {
  const list = usePagedList<UtilizationRecord>(
    ['customer', customerId, 'subscriptions', subscriptionId, 'utilization-page'],
    utilizationPath(customerId, subscriptionId, range, 25),
  );
  if (list.isPending) {
    return <Loading label="Loading usage records…" />;
  }
  if (list.error) {
    return <ErrorMessage error={list.error} title="The usage records could not be loaded" />;
  }
  return (
    <>
      <TableScroll label="Usage by resource (scrolls sideways)">
        <Table aria-label="Usage by resource" style={{ minWidth: 760 }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Day</TableHeaderCell>
              <TableHeaderCell>Resource name</TableHeaderCell>
              <TableHeaderCell>Category</TableHeaderCell>
              <TableHeaderCell>Subcategory</TableHeaderCell>
              <TableHeaderCell>Quantity</TableHeaderCell>
              <TableHeaderCell>Unit</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(list.page?.items ?? []).map((record, index) => (
              <TableRow key={`${record.usageStartTime}-${record.resource?.id}-${record.instanceData?.resourceUri ?? ''}-${index}`}>
                <TableCell>{record.usageStartTime.slice(0, 10)}</TableCell>
                <TableCell title={record.instanceData?.resourceUri ?? undefined}>{record.resource?.name ?? record.resource?.id}</TableCell>
                <TableCell>{record.resource?.category ?? UNCATEGORISED}</TableCell>
                <TableCell>{record.resource?.subcategory || '—'}</TableCell>
                <TableCell>{formatNumber(Number(record.quantity), 4)}</TableCell>
                <TableCell>{record.unit}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <Pager list={list} label="Usage records" />
    </>
  );
}
