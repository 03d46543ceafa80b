import { Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import type { Sla } from '../ServiceRequest';
import { SlaClock } from './SlaClock';

const useStyles = makeStyles({
  clocks: { display: 'grid', gap: '8px', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' },
});

/** The request's SLA clocks as the API read them when the page loaded (the page reloads them every minute). */
export function SlaClocks({ sla }: { sla: Sla }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="sla-heading">
      <Subtitle2 as="h2" block id="sla-heading">Service level</Subtitle2>
      <Caption1 as="p" block>
        {sla.businessHours ? 'Counted in business hours only.' : 'Counted around the clock.'} The clocks start when the
        request is escalated to support.
      </Caption1>
      <div className={styles.clocks}>
        <SlaClock name="First response" clock={sla.firstResponse} idle="Not started: starts on escalation" />
        <SlaClock name="Next update" clock={sla.nextUpdate} idle="Not started: starts after support's first response" />
        <SlaClock name="Resolution" clock={sla.resolution} idle="Not started: starts on escalation" />
      </div>
    </section>
  );
}
