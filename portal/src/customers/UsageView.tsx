import { Body1, Subtitle2 } from '@fluentui/react-components';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { dailyByCategory } from './chartData';
import { useAllUtilization } from './useAllUtilization';
import type { UsageRange } from './usageRange';
import { UsageChart } from './UsageChart';
import { UsageTable } from './UsageTable';
import { formatNumber } from '../shell/format';

interface Props {
  customerId: string;
  subscriptionId: string;
  range: UsageRange;
}

/** The chart from every record of the range; the table pages through the same records. */
export function UsageView({ customerId, subscriptionId, range }: Props) {
  const usage = useAllUtilization(customerId, subscriptionId, range);
  if (usage.isPending) {
    return <Loading label="Loading usage…" />;
  }
  if (usage.isError) {
    return <ErrorMessage error={usage.error} title="The usage could not be loaded" />;
  }
  if (usage.data.notReady) {
    return <EmptyState title="Usage is not ready yet" hint="The usage for these days is still being processed. Try again in a few minutes." />;
  }
  if (usage.data.records.length === 0) {
    return <EmptyState title="No usage in this period" hint="This subscription recorded no Azure usage on these days. Choose other dates or another subscription." />;
  }
  return (
    <>
      <Subtitle2 as="h2">Usage per day</Subtitle2>
      {usage.data.truncated && <Body1>The chart shows the first {formatNumber(usage.data.records.length)} records of this range: choose fewer days to see all of it.</Body1>}
      <UsageChart usage={dailyByCategory(usage.data.records, range)} />
      <Subtitle2 as="h2">Usage by resource</Subtitle2>
      <UsageTable customerId={customerId} subscriptionId={subscriptionId} range={range} />
    </>
  );
}
