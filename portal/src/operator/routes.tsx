import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { BillingPage } from './billing/BillingPage';
import { PartnerPage } from './partners/PartnerPage';
import { PartnersPage } from './partners/PartnersPage';
import { PricingPage } from './pricing/PricingPage';
import { EscalatedRequestsPage } from './support/EscalatedRequestsPage';

const admin = (page: ReactElement) => <RequireFeature feature="operator.admin">{page}</RequireFeature>;

/**
 * The platform operator's pages. The escalated queue needs what the gateway's /v1/servicerequests route needs
 * (service_requests.read), but partners hold that too and see their own requests there, so it also needs
 * support_topics.write: the one feature whose role set is operator_support alone (no Feature names the queue).
 */
export const operatorRoutes: RouteObject[] = [
  { path: 'operator/partners', element: admin(<PartnersPage />) },
  { path: 'operator/partners/:tenantId', element: admin(<PartnerPage />) },
  { path: 'operator/pricing', element: admin(<PricingPage />) },
  { path: 'operator/billing', element: admin(<BillingPage />) },
  {
    path: 'operator/support',
    element: (
      <RequireFeature feature="service_requests.read">
        <RequireFeature feature="support_topics.write">
          <EscalatedRequestsPage />
        </RequireFeature>
      </RequireFeature>
    ),
  },
];
