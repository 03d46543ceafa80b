import { useSearchParams } from 'react-router-dom';
import { defaultRange, type UsageRange } from './usageRange';

/** The usage tab's choices live in the address (`?subscription=&from=&to=`), so a view can be shared and reloaded. */
export function useUsageParams() {
  const [params, setParams] = useSearchParams();
  const fallback = defaultRange();
  const range: UsageRange = { start: params.get('from') ?? fallback.start, end: params.get('to') ?? fallback.end };
  const subscriptionId = params.get('subscription') ?? '';
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([key, value]) => next.set(key, value));
    setParams(next, { replace: true });
  };
  return {
    range,
    subscriptionId,
    setStart: (start: string) => update({ from: start }),
    setEnd: (end: string) => update({ to: end }),
    setSubscription: (id: string) => update({ subscription: id }),
  };
}
