import { useQuery } from '@tanstack/react-query';
import { getOperation } from './billingApi';

/** Follows an operation until it succeeds or fails, asking again after the Retry-After the API gives. */
export function useOperation(id: string | undefined) {
  return useQuery({
    queryKey: ['operator', 'operations', id],
    queryFn: () => getOperation(id as string),
    enabled: id !== undefined,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && data.operation.status === 'running' ? data.retryAfterSeconds * 1000 : false;
    },
  });
}
