// What was spent: per-currency totals of orders, and spend per calendar month. Only succeeded orders are spent
// money; pending and unknown ones may or may not have been charged, so they are counted apart (never added in),
// and failed ones cost nothing. Pure: the user's zone comes in.

import { parseWireAmount, sumByCurrency, type Money } from './money.js';
import { dateIn, type LocalDate } from './dates.js';

/** What an order needs to be counted (the journal's orders have it). */
export interface Spending {
  status: 'succeeded' | 'failed' | 'pending' | 'unknown';
  amount: { amount: string; currency: string };
  createdAt: string;
}

export interface SpendSummary {
  /** Succeeded orders: one sum per currency, currencies in alphabetical order. */
  spent: Money[];
  /** How many succeeded orders the sums cover. */
  orders: number;
  /** Pending and unknown orders: not in `spent`, their amounts summed apart (what may have been charged). */
  unsettled: { orders: number; amounts: Money[] };
}

export interface MonthSpend {
  /** "2026-11", in the user's zone. */
  month: string;
  /** Succeeded orders' sums per currency; empty in a month without any. */
  totals: Money[];
  /** Succeeded orders that month. */
  orders: number;
}

/** The orders' amounts, summed per currency (an amount that does not parse is left out). */
function sumOrders(items: readonly Spending[]): Money[] {
  return sumByCurrency(items.flatMap((item) => parseWireAmount(item.amount.amount, item.amount.currency) ?? []));
}

const isUnsettled = (item: Spending) => item.status === 'pending' || item.status === 'unknown';

export function summarize(items: readonly Spending[]): SpendSummary {
  const succeeded = items.filter((item) => item.status === 'succeeded');
  const unsettled = items.filter(isUnsettled);
  return { spent: sumOrders(succeeded), orders: succeeded.length, unsettled: { orders: unsettled.length, amounts: sumOrders(unsettled) } };
}

/** The month after "YYYY-MM". */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${String(year).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

/** The calendar month an instant falls in, in the user's zone. */
export function monthOf(createdAt: string, timeZone: string): string {
  return (dateIn(new Date(createdAt), timeZone) as LocalDate).slice(0, 7);
}

/**
 * Spend per month, oldest first, every month from the first order's to the last one's (a month without a
 * succeeded order is there with no totals, so a chart shows the gap). Empty when there are no orders.
 */
export function spendByMonth(items: readonly Spending[], timeZone: string): MonthSpend[] {
  if (items.length === 0) return [];
  const byMonth = new Map<string, Spending[]>();
  for (const item of items) {
    const month = monthOf(item.createdAt, timeZone);
    byMonth.set(month, [...(byMonth.get(month) ?? []), item]);
  }
  const months = [...byMonth.keys()].sort();
  const last = months[months.length - 1] as string;
  const out: MonthSpend[] = [];
  for (let month = months[0] as string; month <= last; month = nextMonth(month)) {
    const succeeded = (byMonth.get(month) ?? []).filter((item) => item.status === 'succeeded');
    out.push({ month, totals: sumOrders(succeeded), orders: succeeded.length });
  }
  return out;
}
