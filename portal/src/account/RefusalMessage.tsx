import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * An API refusal inside a dialog: the shell's ErrorMessage lays out on one line, which on a phone cuts off the
 * description, and the description is what tells the admin what to do instead.
 */
export function RefusalMessage({ error, title }: { error: unknown; title: string }) {
  const text = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
