import { useQuery } from '@tanstack/react-query';
import { readOperation } from './operation';

/** Polls an operation while it runs, as often as its Retry-After says (at most every 5 s, the wait is watched). */
export function useOperation(id: string | undefined) {
  return useQuery({
    queryKey: ['operations', id],
    queryFn: () => readOperation(id as string),
    enabled: Boolean(id),
    refetchInterval: (query) => {
      const reading = query.state.data;
      return reading && reading.operation.status !== 'running' ? false : Math.min(reading?.retryAfterMs ?? 1000, 5000);
    },
    // A close or an export runs for minutes: the reader may look at another tab meanwhile.
    refetchIntervalInBackground: true,
  });
}
