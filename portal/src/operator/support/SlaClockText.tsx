import { Badge } from '@fluentui/react-components';
import { formatUtcDateTime } from '../../shell/format';
import type { Clock, ClockState } from '../../support/ServiceRequest';
import { durationMinutes, formatMinutes } from '../../support/sla/duration';

const STATE_NAMES: Record<ClockState, string> = {
  not_started: 'Not started',
  running: 'Running',
  paused: 'Paused (waiting on the partner)',
  stopped: 'Stopped',
};

/** The time left (or overdue) of a clock that is not stopped, in support's words for durations. */
function timeLeft(clock: Clock): string | undefined {
  const minutes = clock.remaining ? durationMinutes(clock.remaining) : Number.NaN;
  if (clock.state === 'stopped' || Number.isNaN(minutes)) {
    return undefined;
  }
  return minutes < 0 ? `${formatMinutes(minutes)} overdue` : `${formatMinutes(minutes)} left`;
}

/**
 * A clock in one line for a table cell (support's SlaClock is a whole box): breached or the time left, and when it
 * is due; a breach carries a badge, never colour alone.
 */
export function SlaClockText({ clock }: { clock: Clock | undefined }) {
  if (!clock) {
    return <>—</>;
  }
  return (
    <span data-state={clock.state}>
      {clock.breached && (
        <Badge appearance="filled" color="danger" shape="rounded">
          Breached
        </Badge>
      )}{' '}
      {[STATE_NAMES[clock.state] ?? clock.state, timeLeft(clock), clock.dueDate ? `due ${formatUtcDateTime(clock.dueDate)}` : undefined].filter(Boolean).join(', ')}
    </span>
  );
}
