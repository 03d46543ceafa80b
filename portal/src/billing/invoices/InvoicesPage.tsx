import { useQuery } from '@tanstack/react-query';
import { makeStyles } from '@fluentui/react-components';
import { usePagedList } from '../../api/usePagedList';
import { EmptyState } from '../../shell/EmptyState';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { PageHeader } from '../../shell/PageHeader';
import { Pager } from '../../shell/Pager';
import type { Invoice } from '../Invoice';
import { walkAll } from '../../api/walkAll';
import { InvoicesTable } from './InvoicesTable';
import { InvoiceTotalsSummary } from './InvoiceTotalsSummary';
import { totalsByCurrency } from './invoiceTotals';
import { MonthlyTotalsChart } from './MonthlyTotalsChart';

const useStyles = makeStyles({
  charts: { display: 'grid', gap: '16px', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))' },
});

/** Pages of 50 for reading; the totals and the chart walk the whole list in pages of 1,000 (the API's maximum). */
const PAGE_PATH = '/v1/invoices?size=50';
const ALL_PATH = '/v1/invoices?size=1000';

/** Billing › Invoices: every invoice newest first, with totals and a chart per month for each currency. */
export function InvoicesPage() {
  const styles = useStyles();
  const list = usePagedList<Invoice>(['billing', 'invoices'], PAGE_PATH);
  const all = useQuery({ queryKey: ['billing', 'invoices', 'all'], queryFn: () => walkAll<Invoice>(ALL_PATH) });
  const invoices = list.page?.items ?? [];
  const totals = all.data ? totalsByCurrency(all.data.items) : [];
  return (
    <>
      <PageHeader title="Invoices" />
      {list.isPending ? (
        <Loading label="Loading invoices…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="The invoices could not be loaded" />
      ) : invoices.length === 0 && list.pageNumber === 1 ? (
        <EmptyState
          title="No invoices yet"
          hint="An invoice is issued when a billing period closes. Until then, see what is accruing under Unbilled usage."
        />
      ) : (
        <>
          {all.error ? (
            <ErrorMessage error={all.error} title="The totals could not be worked out" />
          ) : all.isPending ? (
            <Loading label="Adding up the invoices…" />
          ) : (
            <>
              <InvoiceTotalsSummary totals={totals} partial={all.data.more} />
              <div className={styles.charts}>
                {totals.map((currency) => <MonthlyTotalsChart key={currency.currencyCode} totals={currency} />)}
              </div>
            </>
          )}
          <InvoicesTable invoices={invoices} />
          <Pager list={list} label="Invoices" />
        </>
      )}
    </>
  );
}
