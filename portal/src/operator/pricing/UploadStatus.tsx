import type { ReactNode } from 'react';
import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { rowProblemsOf } from './rowProblems';
import { RowProblemsTable } from './RowProblemsTable';
import type { FileUpload } from './useFileUpload';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function progressText(sent: number, total: number): string {
  if (total === 0) {
    return `Uploading: ${megabytes(sent)} sent`;
  }
  if (sent >= total) {
    return 'Uploaded: the API is checking every row…';
  }
  return `Uploading: ${megabytes(sent)} of ${megabytes(total)} (${Math.floor((sent / total) * 100)}%)`;
}

interface Props<T> {
  upload: FileUpload<T>;
  /** `price list`, `exchange rates`: named in the messages. */
  what: string;
  /** The title of a refusal, such as "The price list was not published". */
  refusedTitle: string;
  published: (result: T) => ReactNode;
}

/** A publish's progress while the file goes up, then what was published, or the refusal with each bad row. */
export function UploadStatus<T>({ upload, what, refusedTitle, published }: Props<T>) {
  const { progress, busy, error, result } = upload;
  if (busy && progress) {
    const value = progress.total === 0 ? undefined : Math.min(progress.sent / progress.total, 1);
    const text = progressText(progress.sent, progress.total);
    return (
      <Field label={`Publishing the ${what}`} validationMessage={text} validationState="none">
        <ProgressBar value={value === 1 ? undefined : value} max={1} aria-valuetext={text} />
      </Field>
    );
  }
  if (error !== undefined) {
    const problems = rowProblemsOf(error);
    return (
      <>
        <ErrorMessage error={error} title={refusedTitle} />
        {problems.length > 0 && <RowProblemsTable problems={problems} label={`Problems in the ${what} file`} />}
      </>
    );
  }
  if (result !== undefined) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Published</MessageBarTitle>
          {published(result)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
