import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { ApplicationsPage } from './ApplicationsPage';
import { AuditPage } from './audit/AuditPage';
import { UsersPage } from './UsersPage';

/** Account settings; each page checks its feature again, for deep links (the navigation hides the rest). */
export const accountRoutes: RouteObject[] = [
  { path: 'account/users', element: <RequireFeature feature="users.manage"><UsersPage /></RequireFeature> },
  { path: 'account/applications', element: <RequireFeature feature="users.manage"><ApplicationsPage /></RequireFeature> },
  { path: 'account/audit', element: <RequireFeature feature="audit.read"><AuditPage /></RequireFeature> },
];
