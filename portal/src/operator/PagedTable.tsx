import type { ReactNode } from 'react';
import type { PagedList } from '../api/usePagedList';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { Pager } from '../shell/Pager';

interface PagedTableProps<T> {
  list: PagedList<T>;
  /** Names the list: loading and error messages, the pager. */
  label: string;
  empty: { title: string; hint: string };
  children: (items: T[]) => ReactNode;
}

/** The states every paged list of these pages goes through: loading, refused, empty (with what to do), a page. */
export function PagedTable<T>({ list, label, empty, children }: PagedTableProps<T>) {
  const items = list.page?.items ?? [];
  if (list.isPending) {
    return <Loading label={`Loading ${label.toLowerCase()}…`} />;
  }
  if (list.error) {
    return <ErrorMessage error={list.error} title={`${label} could not be loaded`} />;
  }
  if (items.length === 0 && list.pageNumber === 1) {
    return <EmptyState title={empty.title} hint={empty.hint} />;
  }
  return (
    <>
      {children(items)}
      <Pager list={list as PagedList<unknown>} label={label} />
    </>
  );
}
