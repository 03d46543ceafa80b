import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DailyUsage } from './chartData';
import { formatNumber } from '../shell/format';

/** Distinct at a glance and readable on white; categories beyond them repeat the palette. */
const PALETTE = ['#0f6cbd', '#c239b3', '#13a10e', '#ca5010', '#8764b8', '#038387', '#986f0b', '#d13438', '#4f6bed', '#5c2e91'];

const useStyles = makeStyles({
  figure: { margin: 0, display: 'grid', gap: '8px', minWidth: 0 },
  chart: { height: '320px', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '8px' },
});

/** Quantity used per day, stacked by meter category: quantities, not costs (this API carries no prices). */
export function UsageChart({ usage }: { usage: DailyUsage }) {
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      <div className={styles.chart}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={usage.rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} minTickGap={12} />
            <YAxis tickFormatter={(value: number) => formatNumber(value, 4)} width={64} />
            <Tooltip formatter={(value) => formatNumber(Number(value), 4)} />
            <Legend />
            {usage.categories.map((category, index) => (
              <Bar key={category} dataKey={category} stackId="usage" fill={PALETTE[index % PALETTE.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <Caption1>Quantity used per day (UTC), stacked by meter category. Units differ between meters; the table below gives each one's.</Caption1>
      </figcaption>
    </figure>
  );
}
