import { Badge } from '@fluentui/react-components';
import { CheckmarkCircleRegular, PauseCircleRegular } from '@fluentui/react-icons';
import type { Partner } from './Partner';

/** The state in words with an icon: colour is never the only signal. */
export function PartnerStateBadge({ state }: { state: Partner['state'] }) {
  const suspended = state === 'suspended';
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={suspended ? 'warning' : 'success'}
      icon={suspended ? <PauseCircleRegular /> : <CheckmarkCircleRegular />}
      data-state={state}
    >
      {suspended ? 'Suspended' : 'Active'}
    </Badge>
  );
}
