import { useQuery } from '@tanstack/react-query';
import { Body1 } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import { RouterLink } from '../../shell/RouterLink';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { PageHeader } from '../../shell/PageHeader';
import { api } from '../../api/client';
import { invoicePath, type Invoice } from '../Invoice';
import { ReconciliationExport } from '../export/ReconciliationExport';
import { InvoiceHeader } from './InvoiceHeader';
import { LineItemsSection } from './LineItemsSection';
import { StatementButton } from './StatementButton';

/** Billing › an invoice: its figures, its statement, its reconciliation file and its line items. */
export function InvoicePage() {
  const invoiceId = useParams().invoiceId ?? '';
  const invoice = useQuery({
    queryKey: ['billing', 'invoice', invoiceId],
    queryFn: () => api<Invoice>(invoicePath(invoiceId)),
  });
  return (
    <>
      <PageHeader title={`Invoice ${invoiceId}`} actions={invoice.data && <StatementButton invoiceId={invoice.data.id} />} />
      <Body1>
        <RouterLink to="/billing/invoices">Back to invoices</RouterLink>
      </Body1>
      {invoice.isPending ? (
        <Loading label="Loading the invoice…" />
      ) : invoice.error ? (
        <ErrorMessage error={invoice.error} title="The invoice could not be loaded" />
      ) : (
        <>
          <InvoiceHeader invoice={invoice.data} />
          <ReconciliationExport invoiceId={invoice.data.id} />
          <LineItemsSection invoice={invoice.data} />
        </>
      )}
    </>
  );
}
