import type { ReactElement } from 'react';
import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, PauseCircleRegular, WarningFilled, CircleRegular } from '@fluentui/react-icons';
import type { Clock } from '../ServiceRequest';
import { durationMinutes, formatDuration, formatMinutes } from './duration';
import { formatDateTime } from '../../shell/format';

const useStyles = makeStyles({
  box: { display: 'grid', gap: '2px', padding: '8px 12px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  reading: { display: 'flex', alignItems: 'center', gap: '6px' },
  breached: { color: tokens.colorPaletteRedForeground1 },
});

/** What a clock's state reads as: an icon (decorative; the text carries the meaning) and the words. */
function reading(clock: Clock, idle: string): { icon: ReactElement; text: string; breached: boolean } {
  const left = durationMinutes(clock.remaining);
  if (clock.breached) {
    return { icon: <WarningFilled aria-hidden />, text: 'Breached', breached: true };
  }
  switch (clock.state) {
    case 'running':
      return { icon: <ClockRegular aria-hidden />, text: `Time left: ${formatMinutes(left)}`, breached: false };
    case 'paused':
      return { icon: <PauseCircleRegular aria-hidden />, text: `Paused: waiting on the partner's reply. Time left: ${formatMinutes(left)}`, breached: false };
    case 'stopped':
      return { icon: <CheckmarkCircleRegular aria-hidden />, text: 'Met', breached: false };
    default:
      return { icon: <CircleRegular aria-hidden />, text: idle, breached: false };
  }
}

interface SlaClockProps {
  name: string;
  clock: Clock;
  /** What "not started" means for this clock. */
  idle: string;
}

/** One SLA clock: time left (working time, as the API counts it), or "Breached" with an icon, and its due date. */
export function SlaClock({ name, clock, idle }: SlaClockProps) {
  const styles = useStyles();
  const { icon, text, breached } = reading(clock, idle);
  const overdue = durationMinutes(clock.remaining) < 0 && clock.state !== 'stopped';
  return (
    <section className={styles.box} aria-label={`${name} clock`}>
      <Caption1>{name} (target {formatDuration(clock.target)})</Caption1>
      <Body1Strong className={`${styles.reading} ${breached ? styles.breached : ''}`}>
        {icon}
        {text}
      </Body1Strong>
      {overdue && <Caption1>Overdue by {formatMinutes(-durationMinutes(clock.remaining))}</Caption1>}
      {clock.dueDate && clock.state !== 'stopped' && <Caption1>Due {formatDateTime(clock.dueDate)}</Caption1>}
      {clock.stoppedDate && <Caption1>Stopped {formatDateTime(clock.stoppedDate)}</Caption1>}
    </section>
  );
}
