import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../ChartFigure';
import { GRID_COLOUR, SERIES_COLOUR } from '../chartColours';
import type { DailyCost } from './dailyCost';
import { DailyCostTable } from './DailyCostTable';
import { formatMoney, formatUtcDate } from '../../shell/format';

/** The period's cost so far, day by day, as a rising line; the same figures in a table below it. */
export function RunningCostChart({ daily, currencyCode }: { daily: DailyCost; currencyCode: string }) {
  const data = daily.days.map((day) => ({ ...day, label: day.day.slice(8) }));
  const title = `Running cost per day (${currencyCode})`;
  const lastDay = daily.days.at(-1);
  const summary = lastDay
    ? `${formatMoney(lastDay.cumulative, currencyCode)} by ${formatUtcDate(lastDay.day)} over ${daily.days.length} days`
      + (daily.late > 0 ? `, plus ${formatMoney(daily.late, currencyCode)} of late usage from closed periods (not on the chart).` : '.')
    : 'No usage yet this period.';
  return (
    <ChartFigure
      title={title}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} title={title} desc={summary} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" label={{ value: 'Day of month', position: 'insideBottom', offset: -4 }} height={40} />
            <YAxis width={80} tickFormatter={(value: number) => formatMoney(value, currencyCode)} />
            <Tooltip formatter={(value) => formatMoney(Number(value), currencyCode)} labelFormatter={(_, payload) => formatUtcDate(payload?.[0]?.payload?.day)} />
            <Line type="monotone" dataKey="cumulative" name="Cost so far" stroke={SERIES_COLOUR} strokeWidth={2} dot={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      numbers={<DailyCostTable daily={daily} currencyCode={currencyCode} />}
    />
  );
}
