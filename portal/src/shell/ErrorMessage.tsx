import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiError } from '../api/ApiError';

/**
 * An API refusal shows its `description` (the API says what is wrong and how to fix it); anything else its message.
 * Multiline, so that on a phone the description wraps instead of being cut off.
 */
export function ErrorMessage({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  const text = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
