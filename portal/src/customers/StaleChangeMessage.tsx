import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';

/** What a stale etag (400 code 2055) means to a person: someone saved first; reload, then change it again. */
export function StaleChangeMessage({ what, onReload, reloading }: { what: string; onReload: () => void; reloading?: boolean }) {
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed this {what} since you opened it</MessageBarTitle>
        Reload to see their changes, then make yours again.
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwiseRegular />} onClick={onReload} disabled={reloading}>
          Reload
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
