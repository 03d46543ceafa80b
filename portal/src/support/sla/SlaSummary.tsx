import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ClockRegular, WarningFilled } from '@fluentui/react-icons';
import type { Sla } from '../ServiceRequest';
import { durationMinutes, formatMinutes } from './duration';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  breached: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** A list row's SLA in brief: "Breached" if any clock is, else the resolution clock's time left while it runs. */
export function SlaSummary({ sla }: { sla: Sla }) {
  const styles = useStyles();
  const clocks = [sla.firstResponse, sla.nextUpdate, sla.resolution];
  if (clocks.some((clock) => clock.breached)) {
    return (
      <span className={`${styles.line} ${styles.breached}`}>
        <WarningFilled aria-hidden />
        Breached
      </span>
    );
  }
  const resolution = sla.resolution;
  if (resolution.state === 'running' || resolution.state === 'paused') {
    return (
      <span className={styles.line}>
        <ClockRegular aria-hidden />
        Time left: {formatMinutes(durationMinutes(resolution.remaining))}
        {resolution.state === 'paused' && ' (paused)'}
      </span>
    );
  }
  return <Caption1>{resolution.state === 'stopped' ? 'Met' : 'Not escalated'}</Caption1>;
}
