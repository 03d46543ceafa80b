import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { usePagedList } from '../../api/usePagedList';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import { Pager } from '../../shell/Pager';
import type { TimelineEntry } from '../ServiceRequest';
import { timelinePath } from '../serviceRequestApi';
import { actorWords, timelineWords } from './timelineWords';
import { formatDateTime } from '../../shell/format';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '8px' },
  entry: { display: 'grid', gap: '2px', paddingLeft: '12px', borderLeft: `3px solid ${tokens.colorBrandStroke2}` },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Every change to the request, oldest first (GET .../timeline): its status history, notes and escalation. */
export function RequestTimeline({ id }: { id: string }) {
  const styles = useStyles();
  const list = usePagedList<TimelineEntry>(['support', 'timeline', id], timelinePath(id));
  const entries = list.page?.items ?? [];
  return (
    <section aria-labelledby="timeline-heading">
      <Subtitle2 as="h2" block id="timeline-heading">Timeline</Subtitle2>
      {list.isPending ? (
        <Loading label="Loading the timeline…" />
      ) : list.error ? (
        <ErrorMessage error={list.error} title="The timeline could not be loaded" />
      ) : (
        <>
          <ol className={styles.list}>
            {entries.map((entry) => (
              <li key={entry.id} className={styles.entry} data-action={entry.action}>
                <Caption1>{formatDateTime(entry.date)}, {actorWords(entry)}</Caption1>
                <Body1>{timelineWords(entry)}</Body1>
                {entry.text && <Body1 className={styles.text}>{entry.text}</Body1>}
              </li>
            ))}
          </ol>
          <Pager list={list} label="Timeline" />
        </>
      )}
    </section>
  );
}
