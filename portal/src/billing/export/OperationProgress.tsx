import { useEffect, useState } from 'react';
import { Body1, Caption1, ProgressBar, makeStyles } from '@fluentui/react-components';
import { ArrowSyncRegular, CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { Operation } from '../../api/operation';

const useStyles = makeStyles({
  box: { display: 'grid', gap: '6px' },
  line: { display: 'flex', gap: '8px', alignItems: 'center' },
});

function useSecondsSince(start: string, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) {
      return undefined;
    }
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return Math.max(0, Math.round((now - new Date(start).getTime()) / 1000));
}

function statusText(operation: Operation): string {
  switch (operation.status) {
    case 'running':
      return 'Export running: the file is being written.';
    case 'failed':
      return `Export failed (${operation.error?.code ?? 'no code'}): ${operation.error?.message ?? 'the API gave no reason.'}`;
    default:
      return 'Export succeeded: its parts are listed below.';
  }
}

/**
 * Where the export's operation stands. The API reports running, succeeded or failed and no percentage, so while it
 * runs the bar moves without a value and the time so far is shown. One live region, its text changing with the
 * status, so a screen reader hears each change.
 */
export function OperationProgress({ operation }: { operation: Operation }) {
  const styles = useStyles();
  const running = operation.status === 'running';
  const seconds = useSecondsSince(operation.createdDateTime, running);
  const Icon = running ? ArrowSyncRegular : operation.status === 'failed' ? ErrorCircleRegular : CheckmarkCircleRegular;
  return (
    <div className={styles.box} data-operation-status={operation.status}>
      <Body1 className={styles.line} role="status">
        <Icon aria-hidden />
        {statusText(operation)}
      </Body1>
      {running && (
        <>
          <ProgressBar thickness="large" aria-label="Export progress" />
          <Caption1>{`Running for ${seconds} s.`}</Caption1>
        </>
      )}
    </div>
  );
}
