import { Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../ChartFigure';
import { BUDGET_COLOUR, GRID_COLOUR, SERIES_COLOUR } from '../chartColours';
import type { CustomerUsageRecord } from './usage';
import { CustomerCostTable } from './CustomerCostTable';
import { formatMoney } from '../../shell/format';

/** The chart shows the costliest customers; the table below lists every one. */
const CHART_CUSTOMERS = 12;

function budgetOf(record: CustomerUsageRecord): number | null {
  const amount = record.budget?.amount;
  return amount === null || amount === undefined ? null : Number(amount);
}

/**
 * Cost per customer this period, costliest first, as horizontal bars (long names fit on a phone). A customer with a
 * spending budget gets a second, dashed outline bar ending at its budget; budgets are null in the API so far.
 */
export function CustomerCostChart({ records, currencyCode }: { records: CustomerUsageRecord[]; currencyCode: string }) {
  const sorted = [...records].sort((a, b) => Number(b.totalCost) - Number(a.totalCost));
  const data = sorted.slice(0, CHART_CUSTOMERS).map((record) => ({ name: record.resourceName || record.resourceId, cost: Number(record.totalCost), budget: budgetOf(record) }));
  const withBudget = records.filter((record) => budgetOf(record) !== null).length;
  const title = `Cost per customer (${currencyCode})`;
  const budgets = withBudget === 0
    ? 'No customer has a spending budget (the API reports none), so no budget line is drawn.'
    : `${withBudget} customer${withBudget === 1 ? ' has' : 's have'} a budget, drawn as a dashed outline.`;
  const summary = sorted.length === 0
    ? `No customers. ${budgets}`
    : `${sorted.length} customers; the costliest is ${data[0].name} at ${formatMoney(data[0].cost, currencyCode)}`
      + `${sorted.length > CHART_CUSTOMERS ? ` (the chart shows the ${CHART_CUSTOMERS} costliest)` : ''}. ${budgets}`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart layout="vertical" data={data} title={title} desc={summary} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(value: number) => formatMoney(value, currencyCode)} />
            <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => (value === null ? 'none' : formatMoney(Number(value), currencyCode))} />
            <Legend />
            <Bar dataKey="cost" name="Cost this period" fill={SERIES_COLOUR} />
            {withBudget > 0 && <Bar dataKey="budget" name="Budget (dashed)" fill="none" stroke={BUDGET_COLOUR} strokeDasharray="4 2" strokeWidth={2} />}
          </ComposedChart>
        </ResponsiveContainer>
      }
      numbers={<CustomerCostTable records={sorted} currencyCode={currencyCode} />}
    />
  );
}
