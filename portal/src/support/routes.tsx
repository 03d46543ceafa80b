import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { RequestPage } from './detail/RequestPage';
import { ServiceRequestsPage } from './ServiceRequestsPage';

/** Support; each page checks its feature again, for deep links (the navigation hides the rest). */
export const supportRoutes: RouteObject[] = [
  { path: 'support/requests', element: <RequireFeature feature="service_requests.read"><ServiceRequestsPage /></RequireFeature> },
  { path: 'support/requests/:id', element: <RequireFeature feature="service_requests.read"><RequestPage /></RequireFeature> },
];
