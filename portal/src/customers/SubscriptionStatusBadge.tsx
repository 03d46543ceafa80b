import { Badge } from '@fluentui/react-components';
import { capitalized } from './formatting';
import type { Subscription } from './types';

const COLOURS = { active: 'success', suspended: 'warning', pending: 'informative', deleted: 'danger', none: 'subtle' } as const;

export function SubscriptionStatusBadge({ status }: { status: Subscription['status'] }) {
  return (
    <Badge appearance="tint" color={COLOURS[status] ?? 'subtle'}>
      {capitalized(status)}
    </Badge>
  );
}
