import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patchSubscription } from './customerApi';
import type { Subscription } from './types';

type Change = Partial<Pick<Subscription, 'friendlyName' | 'status'>>;

/** A PATCH of one subscription with the etag it was listed with; the customer's lists are read again after it. */
export function useSubscriptionChange(customerId: string, subscription: Subscription, onDone: () => void) {
  const queries = useQueryClient();
  const refresh = () => queries.invalidateQueries({ queryKey: ['customer', customerId, 'subscriptions'] });
  const mutation = useMutation({
    mutationFn: (change: Change) => patchSubscription(customerId, subscription, change),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  /** After a stale etag: the list is read again and the dialog closes, to be opened on the fresh subscription. */
  const reload = async () => {
    await refresh();
    onDone();
  };
  return { mutation, reload };
}
