import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { accountRoutes } from './account/routes';
import { billingRoutes } from './billing/routes';
import { customerRoutes } from './customers/routes';
import { HomePage } from './home/HomePage';
import { MeProvider } from './me/MeProvider';
import { operatorRoutes } from './operator/routes';
import { NotFound } from './shell/NotFound';
import { pricingRoutes } from './pricing/routes';
import { Shell } from './shell/Shell';
import { supportRoutes } from './support/routes';

/** Every signed-in page sits in the shell; each feature's folder owns its routes. */
const routes: RouteObject[] = [
  {
    element: (
      <MeProvider>
        <Shell />
      </MeProvider>
    ),
    children: [{ index: true, element: <HomePage /> }, ...customerRoutes, ...accountRoutes, ...billingRoutes, ...pricingRoutes, ...supportRoutes, ...operatorRoutes, { path: '*', element: <NotFound /> }],
  },
];

export function App() {
  // Made when the app first renders, not when this module loads: the sign-in callback rewrites the address
  // (history.replaceState to the page asked for) before that, and a router made earlier would still be at
  // /signin-callback, which no route matches ("Page not found" after every sign-in).
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
