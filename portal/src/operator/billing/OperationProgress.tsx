import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { useOperation } from '../../api/useOperation';
import { formatUtcDateTime } from '../../shell/format';

/**
 * A close while it runs (the API reports no percentage, so the bar is indeterminate and the text says what it
 * waits for), then its outcome; the periods list is read again once it ends.
 */
export function OperationProgress({ operationId, what }: { operationId: string; what: string }) {
  const query = useOperation(operationId);
  const queryClient = useQueryClient();
  const status = query.data?.operation.status;
  const refreshed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (status && status !== 'running' && refreshed.current !== operationId) {
      refreshed.current = operationId;
      void queryClient.invalidateQueries({ queryKey: ['operator', 'billingperiods'] });
    }
  }, [status, operationId, queryClient]);

  if (query.isError) {
    return <ErrorMessage error={query.error} title={`The progress of the ${what} could not be read`} />;
  }
  const operation = query.data?.operation;
  if (!operation || operation.status === 'running') {
    const since = operation ? ` since ${formatUtcDateTime(operation.createdDateTime)}` : '';
    const text = `Running${since}: billing rates the usage received so far, then issues the invoices.`;
    return (
      <Field label={`The ${what}: running`} validationMessage={text} validationState="none">
        <ProgressBar aria-valuetext={text} />
      </Field>
    );
  }
  if (operation.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{`The ${what} failed`}</MessageBarTitle>
          {operation.error ? `${operation.error.message} (${operation.error.code})` : 'The API gave no reason.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{`The ${what} succeeded`}</MessageBarTitle>
        Finished {formatUtcDateTime(operation.lastActionDateTime)}. The invoices it issued are listed at /v1{operation.resourceLocation}.
      </MessageBarBody>
    </MessageBar>
  );
}
