import type { RouteObject } from 'react-router-dom';
import { RequireFeature } from '../shell/RequireFeature';
import { RateCardPage } from './RateCardPage';

/** Pricing; the page checks its feature again, for deep links (the navigation hides it from resellers). */
export const pricingRoutes: RouteObject[] = [
  { path: 'pricing', element: <RequireFeature feature="pricing.read"><RateCardPage /></RequireFeature> },
];
