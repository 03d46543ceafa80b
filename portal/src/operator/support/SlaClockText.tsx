import { Badge } from '@fluentui/react-components';
import { formatDateTime } from '../formatting';
import { durationText } from './duration';
import type { SlaClock } from './ServiceRequest';

const STATE_NAMES: Record<SlaClock['state'], string> = {
  not_started: 'Not started',
  running: 'Running',
  paused: 'Paused (waiting on the partner)',
  stopped: 'Stopped',
};

/** A clock as words: breached or the time left, and when it is due; a breach carries a badge, never colour alone. */
export function SlaClockText({ clock }: { clock: SlaClock | undefined }) {
  if (!clock) {
    return <>—</>;
  }
  const remaining = clock.remaining ? durationText(clock.remaining) : undefined;
  const left = remaining && clock.state !== 'stopped' ? (remaining.negative ? `${remaining.text} overdue` : `${remaining.text} left`) : undefined;
  return (
    <span data-state={clock.state}>
      {clock.breached && (
        <Badge appearance="filled" color="danger" shape="rounded">
          Breached
        </Badge>
      )}{' '}
      {[STATE_NAMES[clock.state] ?? clock.state, left, clock.dueDate ? `due ${formatDateTime(clock.dueDate)}` : undefined].filter(Boolean).join(', ')}
    </span>
  );
}
