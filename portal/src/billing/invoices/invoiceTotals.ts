import { periodOf } from '../format';
import type { Invoice } from '../Invoice';

/** What a currency's invoices add up to: amounts of different currencies are never added together. */
export interface CurrencyTotals {
  currencyCode: string;
  invoices: number;
  charged: number;
  balance: number;
  unpaid: number;
  overdue: number;
  /** Per billing period (`yyyy-MM`, from the period's start), oldest first. */
  months: MonthTotal[];
}

export interface MonthTotal {
  period: string;
  invoices: number;
  total: number;
}

/**
 * Cents-exact sums: adding binary fractions drifts, and a total off by a cent looks like a billing error. Number():
 * the API writes exact decimals, and a client must never concatenate one written as text.
 */
function add(a: number, b: number | string): number {
  return Math.round((a + Number(b)) * 100) / 100;
}

export function totalsByCurrency(invoices: Invoice[]): CurrencyTotals[] {
  const byCurrency = new Map<string, CurrencyTotals>();
  const months = new Map<string, Map<string, MonthTotal>>();
  for (const invoice of invoices) {
    const code = invoice.currencyCode;
    const totals = byCurrency.get(code) ?? { currencyCode: code, invoices: 0, charged: 0, balance: 0, unpaid: 0, overdue: 0, months: [] };
    totals.invoices += 1;
    totals.charged = add(totals.charged, invoice.totalCharges);
    totals.balance = add(totals.balance, invoice.balanceAmount);
    totals.unpaid += invoice.paymentStatus === 'paid' ? 0 : 1;
    totals.overdue += invoice.paymentStatus === 'overdue' ? 1 : 0;
    byCurrency.set(code, totals);
    const perMonth = months.get(code) ?? new Map<string, MonthTotal>();
    const period = periodOf(invoice.billingPeriodStartDate);
    const month = perMonth.get(period) ?? { period, invoices: 0, total: 0 };
    month.invoices += 1;
    month.total = add(month.total, invoice.totalCharges);
    perMonth.set(period, month);
    months.set(code, perMonth);
  }
  return [...byCurrency.values()]
    .map((totals) => ({ ...totals, months: [...(months.get(totals.currencyCode)?.values() ?? [])].sort((a, b) => a.period.localeCompare(b.period)) }))
    .sort((a, b) => a.currencyCode.localeCompare(b.currencyCode));
}
