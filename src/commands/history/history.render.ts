// Pure: `leb history` as cells, CSV rows, the spend summary and the spend-per-month chart. No I/O; the run
// module decides where each goes.

import { formatMoney, formatSums, formatWireMoney, toJson } from '../../domain/money.js';
import type { MonthSpend, SpendSummary } from '../../domain/spend.js';
import type { Messages } from '../../io/messages/index.js';
import { displayWidth } from '../../io/width.js';
import type { HistoryRow } from './history.select.js';

/** New columns go at the end, so scripts reading the older ones by position keep working. */
export const CSV_COLUMNS = ['createdAt', 'id', 'account', 'line', 'kind', 'amount', 'currency', 'method', 'plan', 'status', 'providerRef', 'idempotencyKey', 'reason', 'recordedBy', 'number', 'label'] as const;

export function csvRow(o: HistoryRow): string[] {
  return [o.createdAt, o.id, o.account, o.line, o.kind, o.amount.amount, o.amount.currency, o.method, o.plan ?? '', o.status, o.providerRef ?? '', o.idempotencyKey, o.reason ?? '', o.recordedBy ?? '', o.number ?? '', o.label ?? ''];
}

export function tableHead(t: Messages): string[] {
  return [
    t['history.col.time'], t['history.col.order'], t['history.col.line'], t['history.col.kind'], t['history.col.amount'],
    t['history.col.method'], t['history.col.status'], t['history.col.receipt'], t['history.col.number'], t['history.col.label'],
  ];
}

/** Indexes into tableHead: the kind and label are cut first; then method, receipt, line, label, kind, number hide. */
export const TABLE_FIT = { shrink: [3, 9], dropOrder: [5, 7, 2, 9, 3, 8] } as const;

export function tableRow(t: Messages, locale: string, o: HistoryRow, paintStatus: (text: string) => string): string[] {
  return [
    o.createdAt.replace('T', ' ').slice(0, 19),
    o.id,
    `${o.account}/${o.line}`,
    o.plan ? `${t[`history.kind.${o.kind}`]} (${o.plan})` : t[`history.kind.${o.kind}`],
    formatWireMoney(o.amount, locale),
    o.method,
    paintStatus(t[`order.status.${o.status}`]),
    o.providerRef ?? '—',
    o.number ?? '—',
    o.label ?? '',
  ];
}

/** The lines under the table: what was spent (succeeded orders only), and what is not counted yet. */
export function summaryLines(t: Messages, locale: string, summary: SpendSummary): string[] {
  const lines = [summary.orders === 0 ? t['history.spentNothing'] : t['history.spent'](formatSums(summary.spent, locale), summary.orders)];
  if (summary.unsettled.orders > 0) lines.push(t['history.unsettled'](summary.unsettled.orders, formatSums(summary.unsettled.amounts, locale)));
  return lines;
}

export function monthJson(months: readonly MonthSpend[]): Array<{ month: string; totals: Array<{ amount: string; currency: string }>; orders: number }> {
  return months.map((m) => ({ month: m.month, totals: m.totals.map(toJson), orders: m.orders }));
}

export const MONTH_CSV_COLUMNS = ['month', 'currency', 'amount', 'orders'] as const;

/** One row per month and currency; a month without spend is one row with no currency and amount. */
export function monthCsvRows(months: readonly MonthSpend[]): string[][] {
  return months.flatMap((m) =>
    m.totals.length === 0 ? [[m.month, '', '', String(m.orders)]] : m.totals.map((money) => [m.month, money.currency, toJson(money).amount, String(m.orders)]),
  );
}

/** Plain rows (piped): month, spent (every currency), succeeded orders. */
export function monthTableRows(locale: string, months: readonly MonthSpend[]): string[][] {
  return months.map((m) => [m.month, m.totals.length === 0 ? '—' : formatSums(m.totals, locale), String(m.orders)]);
}

const GAP = '  ';
const MAX_BAR = 40;
const MIN_BAR = 4;

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * A bar chart of spend per month fitted to `width` columns: one block per currency (bars compare amounts only
 * within a currency), each month a row: the month, a bar as long as its share of the block's largest month,
 * the amount, and (with one currency) the orders. Narrow: the orders go first, then the bars.
 */
export function monthChart(t: Messages, locale: string, months: readonly MonthSpend[], width: number): string[] {
  const currencies = [...new Set(months.flatMap((m) => m.totals.map((money) => money.currency)))].sort();
  if (currencies.length === 0) return months.map((m) => `${m.month}${GAP}—`);
  const lines: string[] = [];
  for (const currency of currencies) {
    if (currencies.length > 1) lines.push(currency);
    const values = months.map((m) => m.totals.find((money) => money.currency === currency) ?? null);
    const shown = values.map((v) => (v === null ? '—' : formatMoney(v, locale)));
    const counts = currencies.length === 1 ? months.map((m) => (m.orders === 0 ? '' : t['history.orders'](m.orders))) : null;
    const amountWidth = Math.max(...shown.map(displayWidth));
    const countWidth = counts === null ? 0 : Math.max(...counts.map(displayWidth));
    const fixed = 7 + GAP.length + GAP.length + amountWidth;
    let withCounts = counts !== null;
    let bar = Math.min(MAX_BAR, width - fixed - (withCounts ? GAP.length + countWidth : 0));
    if (bar < MIN_BAR && withCounts) {
      withCounts = false;
      bar = Math.min(MAX_BAR, width - fixed);
    }
    if (bar < MIN_BAR) bar = 0;
    const largest = Math.max(...values.map((v) => v?.minor ?? 0));
    months.forEach((m, i) => {
      const minor = values[i]?.minor ?? 0;
      const length = bar === 0 || minor <= 0 ? 0 : Math.max(1, Math.round((minor / largest) * bar));
      const cells = [m.month, ...(bar === 0 ? [] : ['█'.repeat(length).padEnd(bar)]), padStart(shown[i] as string, amountWidth)];
      if (withCounts && counts !== null) cells.push(padEnd(counts[i] as string, countWidth));
      lines.push(cells.join(GAP).trimEnd());
    });
  }
  return lines;
}
