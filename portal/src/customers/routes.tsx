import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { CustomerDetailPage } from './CustomerDetailPage';
import { CustomersPage } from './CustomersPage';
import { NewCustomerPage } from './NewCustomerPage';
import { ProfileTab } from './ProfileTab';
import { SubscriptionsTab } from './SubscriptionsTab';
import { UsageTab } from './UsageTab';

/** The customers area; each page checks the feature the API checks, so a deep link shows no-access, not failures. */
export const customerRoutes: RouteObject[] = [
  { path: 'customers', element: <RequireFeature feature="customers.read"><CustomersPage /></RequireFeature> },
  { path: 'customers/new', element: <RequireFeature feature="customers.write"><NewCustomerPage /></RequireFeature> },
  {
    path: 'customers/:customerId',
    element: <RequireFeature feature="customers.read"><CustomerDetailPage /></RequireFeature>,
    children: [
      { index: true, element: <ProfileTab /> },
      { path: 'subscriptions', element: <SubscriptionsTab /> },
      { path: 'usage', element: <RequireFeature feature="usage.read"><UsageTab /></RequireFeature> },
    ],
  },
];
