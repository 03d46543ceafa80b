import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { CustomersPage } from './CustomersPage';

export const customerRoutes: RouteObject[] = [
  { path: 'customers', element: <RequireFeature feature="customers.read"><CustomersPage /></RequireFeature> },
];
