import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../ChartFigure';
import { GRID_COLOUR, SERIES_COLOUR } from '../chartColours';
import { monthName } from '../format';
import type { CurrencyTotals } from './invoiceTotals';
import { MonthlyTotalsTable } from './MonthlyTotalsTable';
import { formatMoney } from '../../shell/format';

/** Invoice totals per billing period in one currency: a bar per month, and the same figures as a table. */
export function MonthlyTotalsChart({ totals }: { totals: CurrencyTotals }) {
  const code = totals.currencyCode;
  const data = totals.months.map((month) => ({ ...month, label: monthName(month.period) }));
  const highest = data.reduce((top, month) => (month.total > (top?.total ?? -Infinity) ? month : top), data[0]);
  const title = `Invoice totals per month (${code})`;
  const summary = data.length === 0
    ? 'No invoices.'
    : `${data.length} billing period${data.length === 1 ? '' : 's'} from ${data[0].label} to ${data[data.length - 1].label}; the highest is ${highest.label} at ${formatMoney(highest.total, code)}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} title={title} desc={summary} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis width={80} tickFormatter={(value: number) => formatMoney(value, code)} />
            <Tooltip formatter={(value) => formatMoney(Number(value), code)} />
            <Bar dataKey="total" name={`Total (${code})`} fill={SERIES_COLOUR} />
          </BarChart>
        </ResponsiveContainer>
      }
      numbers={<MonthlyTotalsTable totals={totals} />}
    />
  );
}
