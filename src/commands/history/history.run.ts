// `leb history`: the journal's orders, filtered (line, account, dates, label), with each line's number and
// label; totals per currency after the table, or spend per month with --by month. Works from local state only,
// so it answers when the provider cannot be reached.

import type { Context } from '../../app/context.js';
import { journalFor } from '../../app/payments/pay.js';
import { orderJson } from '../../app/payments/flow.js';
import { journalLineKey } from '../../app/journal-line.js';
import { UsageError } from '../../errors.js';
import { spendByMonth, summarize } from '../../domain/spend.js';
import { toCsv } from '../../io/csv.js';
import { layoutTable, noteHidden, printJson, printText } from '../../io/output.js';
import { own } from '../../store/shape.js';
import type { Order } from '../../store/journal.js';
import type { HistoryOptions } from './history.command.js';
import { lineNames } from './history.lines.js';
import { hasFilters, selectOrders, type HistoryRow, type HistorySelection } from './history.select.js';
import { CSV_COLUMNS, csvRow, MONTH_CSV_COLUMNS, monthChart, monthCsvRows, monthJson, monthTableRows, summaryLines, TABLE_FIT, tableHead, tableRow } from './history.render.js';

/** --account (or LEB_ACCOUNT) outside --sandbox; an account neither configured nor in the journal is a typo. */
function accountFilter(ctx: Pick<Context, 'config' | 'globals' | 't'>, orders: readonly Order[]): string | null {
  const name = ctx.globals.sandbox ? null : ctx.globals.account;
  if (name === null) return null;
  if (!own(ctx.config.read().accounts, name) && !orders.some((o) => o.account === name)) {
    throw new UsageError(ctx.t['account.unknown'](name), ctx.t['account.unknownHint']);
  }
  return name;
}

/** What goes with the data but is not data: after the table on a terminal, else on stderr. */
async function note(ctx: Pick<Context, 'color' | 'globals' | 'io' | 't'>, lines: readonly string[]): Promise<void> {
  if (ctx.io.stdoutIsTTY && !ctx.globals.json) await printText(ctx, ctx.color.out.dim(lines.join('\n')));
  else ctx.io.stderr.write(`${lines.join('\n')}\n`);
}

export async function runHistory(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'locale' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: HistoryOptions,
): Promise<number> {
  const all = journalFor(ctx).orders();
  const selection: HistorySelection = {
    lineKey: options.line === null ? null : await journalLineKey(ctx, options.line, all),
    account: accountFilter(ctx, all),
    since: options.since,
    until: options.until,
    label: options.label,
  };
  const names = lineNames(ctx, all);
  const rows = selectOrders(all.map((o): HistoryRow => ({ ...o, ...names(o) })), selection, ctx.timeZone);
  if (options.byMonth) return showMonths(ctx, options, rows);

  if (ctx.globals.json) {
    await printJson(ctx, rows.map((o) => ({ ...orderJson(o), number: o.number, label: o.label })));
    return 0;
  }
  if (rows.length === 0) {
    if (options.csv) await printText(ctx, toCsv([...CSV_COLUMNS], []));
    ctx.io.stderr.write(`${hasFilters(selection) ? ctx.t['history.noneMatch'] : ctx.t['history.none']}\n`);
    return 0;
  }
  const summary = summaryLines(ctx.t, ctx.locale, summarize(rows));
  if (options.csv) {
    await printText(ctx, toCsv([...CSV_COLUMNS], rows.map(csvRow)));
    await note(ctx, summary);
    return 0;
  }
  const paint = (o: Order) => (o.status === 'succeeded' ? ctx.color.out.green : o.status === 'failed' ? ctx.color.out.red : ctx.color.out.yellow);
  const cells = rows.map((o) => tableRow(ctx.t, ctx.locale, o, (text) => paint(o)(text)));
  // Too narrow: the kind's and label's words are cut first, then columns give way (the order id and time stay,
  // so `--wide` or --json finds the rest); the table is printed before the note about what was hidden.
  const table = layoutTable(ctx, tableHead(ctx.t), cells, { ...TABLE_FIT, wide: options.wide });
  await printText(ctx, table.text);
  await note(ctx, summary);
  noteHidden(ctx, table.hidden, ctx.t['table.hiddenWide']);
  return 0;
}

/** --by month: JSON and CSV rows for scripts, a bar chart on a terminal, plain rows when piped. */
async function showMonths(
  ctx: Pick<Context, 'color' | 'globals' | 'io' | 'locale' | 't' | 'timeZone'>,
  options: HistoryOptions,
  rows: readonly HistoryRow[],
): Promise<number> {
  const months = spendByMonth(rows, ctx.timeZone);
  if (ctx.globals.json) {
    await printJson(ctx, monthJson(months));
    return 0;
  }
  if (options.csv) {
    await printText(ctx, toCsv([...MONTH_CSV_COLUMNS], monthCsvRows(months)));
  } else if (months.length === 0) {
    ctx.io.stderr.write(`${ctx.t['history.noneMatch']}\n`);
    return 0;
  } else if (ctx.io.stdoutIsTTY) {
    await printText(ctx, monthChart(ctx.t, ctx.locale, months, options.wide ? Number.POSITIVE_INFINITY : (ctx.io.columns ?? 80)).join('\n'));
  } else {
    const { t } = ctx;
    await printText(ctx, layoutTable(ctx, [t['history.col.month'], t['history.col.spent'], t['history.col.orders']], monthTableRows(ctx.locale, months)).text);
  }
  if (rows.length > 0) await note(ctx, summaryLines(ctx.t, ctx.locale, summarize(rows)));
  return 0;
}
