import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress, type UploadProgress } from './uploadWithProgress';

export interface FileUpload<T> {
  progress: UploadProgress | undefined;
  busy: boolean;
  error: unknown;
  result: T | undefined;
  start: (path: string, file: File, contentType: string) => Promise<void>;
}

/** One publish at a time from a file: its progress, then the published resource or the refusal; `listKey` is refreshed. */
export function useFileUpload<T>(listKey: readonly unknown[]): FileUpload<T> {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<T>();

  const start = async (path: string, file: File, contentType: string) => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    setProgress({ sent: 0, total: file.size });
    try {
      setResult(await uploadWithProgress<T>(path, file, contentType, setProgress));
      await queryClient.invalidateQueries({ queryKey: listKey });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return { progress, busy, error, result, start };
}
