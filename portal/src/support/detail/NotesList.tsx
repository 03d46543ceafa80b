import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Note } from '../ServiceRequest';
import { formatDateTime } from '../../shell/format';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '8px' },
  note: { padding: '8px 12px', borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, display: 'grid', gap: '2px' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** The notes on the request, oldest first; the API shows the latest 100, the timeline has every one. */
export function NotesList({ notes }: { notes: Note[] }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="notes-heading">
      <Subtitle2 as="h2" block id="notes-heading">Notes</Subtitle2>
      {notes.length === 0 ? (
        <Body1 as="p">No notes yet.</Body1>
      ) : (
        <ol className={styles.list}>
          {notes.map((note, index) => (
            <li key={`${note.createdDate}-${index}`} className={styles.note}>
              <Caption1>
                {note.createdByName ?? 'Someone'}, {formatDateTime(note.createdDate)}
              </Caption1>
              <Body1 className={styles.text}>{note.text}</Body1>
            </li>
          ))}
        </ol>
      )}
      {notes.length >= 100 && <Caption1>The latest 100 notes are shown; the timeline below has every one.</Caption1>}
    </section>
  );
}
