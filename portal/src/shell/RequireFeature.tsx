import type { ReactNode } from 'react';
import type { Feature } from '../me/Me';
import { useMe } from '../me/MeProvider';
import { NoAccess } from './NoAccess';

/** Renders `children` only for callers whose features include `feature`. */
export function RequireFeature({ feature, children }: { feature: Feature; children: ReactNode }) {
  const { can } = useMe();
  return can(feature) ? <>{children}</> : <NoAccess />;
}
