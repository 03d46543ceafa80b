import { Badge } from '@fluentui/react-components';
import type { BillingPeriodState } from './billingTypes';

const LOOK: Record<BillingPeriodState['state'], { text: string; color: 'informative' | 'warning' | 'success' }> = {
  open: { text: 'Open', color: 'informative' },
  ended: { text: 'Ended, not closed', color: 'warning' },
  closed: { text: 'Closed', color: 'success' },
};

/** A period's state in words (colour is never the only signal); `data-state` keeps the wire name for tests. */
export function PeriodStateBadge({ state }: { state: BillingPeriodState['state'] }) {
  const look = LOOK[state] ?? { text: state, color: 'informative' };
  return (
    <Badge appearance="tint" shape="rounded" color={look.color} data-state={state}>
      {look.text}
    </Badge>
  );
}
