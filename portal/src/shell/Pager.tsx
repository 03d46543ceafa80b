import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { PagedList } from '../api/usePagedList';

const useStyles = makeStyles({ bar: { display: 'flex', alignItems: 'center', gap: '8px', paddingTop: '8px' } });

/** Previous and next under a paged table; `label` names the list for screen readers. */
export function Pager({ list, label }: { list: PagedList<unknown>; label: string }) {
  const styles = useStyles();
  if (!list.hasNext && !list.hasPrevious) {
    return null;
  }
  return (
    <nav className={styles.bar} aria-label={`${label} pages`}>
      <Button icon={<ChevronLeftRegular />} disabled={!list.hasPrevious} onClick={list.previous}>
        Previous
      </Button>
      <Caption1 aria-live="polite">Page {list.pageNumber}</Caption1>
      <Button icon={<ChevronRightRegular />} iconPosition="after" disabled={!list.hasNext} onClick={list.next}>
        Next
      </Button>
    </nav>
  );
}
