import { Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { Subscription } from './types';
import type { UsageRange } from './usageRange';

const useStyles = makeStyles({
  // minWidth 0: with a max width, auto-fill counts its columns from 880 px when the page sizes it, widening a phone's page.
  bar: { display: 'grid', gap: '12px 16px', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))', maxWidth: '880px', minWidth: 0, alignItems: 'start' },
});

interface Props {
  subscriptions: Subscription[];
  subscriptionId: string;
  range: UsageRange;
  problem?: string;
  onSubscription: (id: string) => void;
  onStart: (day: string) => void;
  onEnd: (day: string) => void;
}

/** Which subscription and which days (UTC, both included) the usage below covers. */
export function UsageFilters({ subscriptions, subscriptionId, range, problem, onSubscription, onStart, onEnd }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Field label="Subscription">
        <Select value={subscriptionId} onChange={(_, data) => onSubscription(data.value)}>
          {subscriptions.map((subscription) => (
            <option key={subscription.id} value={subscription.id}>
              {subscription.friendlyName} ({subscription.offerName})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Start date">
        <Input type="date" value={range.start} max={range.end || undefined} onChange={(_, data) => onStart(data.value)} />
      </Field>
      <Field label="End date" validationMessage={problem} validationState={problem ? 'error' : 'none'}>
        <Input type="date" value={range.end} min={range.start || undefined} onChange={(_, data) => onEnd(data.value)} />
      </Field>
    </div>
  );
}
