import { useState } from 'react';
import { Caption1, Subtitle1, makeStyles } from '@fluentui/react-components';
import { usePagedList } from '../../api/usePagedList';
import { EmptyState } from '../../shell/EmptyState';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { Pager } from '../../shell/Pager';
import { invoicePath, type Invoice } from '../Invoice';
import { USAGE_LINES, type LineItem } from '../LineItem';
import { LineItemFilters } from './LineItemFilters';
import { LineItemsTable } from './LineItemsTable';
import { choicesOf, matches, NO_FILTER } from './lineItemFilter';

const useStyles = makeStyles({ section: { display: 'grid', gap: '12px', minWidth: 0 } });

/** 200 a page: the API allows 2,000, more rows than a table should render at once. */
const PAGE_SIZE = 200;

/**
 * The invoice's usage line items a page at a time (the API's continuation token, in the next link's header). The
 * API filters neither by customer nor by meter, so the filters work on the loaded page, and say so.
 */
export function LineItemsSection({ invoice }: { invoice: Invoice }) {
  const styles = useStyles();
  const [filter, setFilter] = useState(NO_FILTER);
  const list = usePagedList<LineItem>(['billing', 'invoice-lineitems', invoice.id], `${invoicePath(invoice.id)}/lineitems?${USAGE_LINES}&size=${PAGE_SIZE}`);
  const items = list.page?.items ?? [];
  // A filter chosen on an earlier page stays chosen (and listed) though this page may not have it.
  const { customers, meters } = choicesOf(items, filter);
  const shown = items.filter((item) => matches(item, filter));
  return (
    <section className={styles.section} aria-labelledby="line-items-title">
      <Subtitle1 as="h2" id="line-items-title">Line items</Subtitle1>
      {list.isPending ? (
        <Loading label="Loading line items…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="The line items could not be loaded" />
      ) : items.length === 0 && list.pageNumber === 1 ? (
        <EmptyState title="No usage on this invoice" hint="It bills no daily rated usage; its statement shows what it does bill." />
      ) : (
        <>
          <LineItemFilters filter={filter} customers={customers} meters={meters} onChange={setFilter} />
          <Caption1 aria-live="polite">
            {`Showing ${shown.length} of the ${items.length} line items on page ${list.pageNumber}. The filters apply to this page only; the reconciliation file holds every line.`}
          </Caption1>
          {shown.length === 0 ? (
            <EmptyState title="No line item on this page matches" hint="Choose another customer or meter, or go to the next page." />
          ) : (
            <LineItemsTable items={shown} />
          )}
          <Pager list={list} label="Line items" />
        </>
      )}
    </section>
  );
}
