import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { InvoicePage } from './invoice/InvoicePage';
import { InvoicesPage } from './invoices/InvoicesPage';
import { UnbilledPage } from './unbilled/UnbilledPage';

/** Billing; each page checks invoices.read again, for deep links (the gateway refuses everyone else, resellers too). */
export const billingRoutes: RouteObject[] = [
  { path: 'billing/invoices', element: <RequireFeature feature="invoices.read"><InvoicesPage /></RequireFeature> },
  { path: 'billing/invoices/:invoiceId', element: <RequireFeature feature="invoices.read"><InvoicePage /></RequireFeature> },
  { path: 'billing/unbilled', element: <RequireFeature feature="invoices.read"><UnbilledPage /></RequireFeature> },
];
