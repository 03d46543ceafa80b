import { ApiError } from '../../api/ApiError';
import { accessToken } from '../../api/client';

export interface UploadProgress {
  sent: number;
  /** Zero when the browser cannot tell the size. */
  total: number;
}

/**
 * POSTs a file as the request body with what `send()` adds (bearer token, correlation id, a request id so a retried
 * publish applies once), through XMLHttpRequest: fetch reports no upload progress, and price lists run to 20 MB.
 * Answers the parsed JSON; a refusal is an {@link ApiError} with the API's description and `data`.
 */
export async function uploadWithProgress<T>(path: string, file: Blob, contentType: string, onProgress: (progress: UploadProgress) => void): Promise<T> {
  const token = await accessToken();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('MS-CorrelationId', crypto.randomUUID());
    request.setRequestHeader('MS-RequestId', crypto.randomUUID());
    request.setRequestHeader('Content-Type', contentType);
    request.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : 0 });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as T);
        } catch {
          reject(new Error('The API answered, but not with JSON.'));
        }
        return;
      }
      // The same reading of the error shape as every other call: a Response around what arrived.
      void ApiError.of(new Response(request.responseText, { status: request.status, statusText: request.statusText })).then(reject);
    };
    request.onerror = () => reject(new Error('The upload did not reach the API: check the connection and publish again.'));
    request.onabort = () => reject(new Error('The upload was cancelled.'));
    request.send(file);
  });
}
