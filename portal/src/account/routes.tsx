import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { UsersPage } from './UsersPage';

export const accountRoutes: RouteObject[] = [
  { path: 'account/users', element: <RequireFeature feature="users.manage"><UsersPage /></RequireFeature> },
];
