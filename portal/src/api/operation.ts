import { send } from './client';

/**
 * The API's long-running operation (billing-service `OperationView`, a month's close or a reconciliation export):
 * `resourceLocation` (relative to /v1) once succeeded, `error` once failed.
 */
export interface Operation {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  createdDateTime: string;
  lastActionDateTime: string;
  resourceLocation?: string;
  error?: { code: string; message: string };
}

export interface OperationReading {
  operation: Operation;
  /** The API's Retry-After while running, in milliseconds: how soon asking again is worth it. */
  retryAfterMs: number;
}

export async function readOperation(id: string): Promise<OperationReading> {
  const response = await send(`/v1/operations/${encodeURIComponent(id)}`);
  const seconds = Number(response.headers.get('Retry-After'));
  return { operation: (await response.json()) as Operation, retryAfterMs: seconds > 0 ? seconds * 1000 : 1000 };
}
