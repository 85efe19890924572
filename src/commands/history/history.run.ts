import type { Context } from '../../app/context.js';
import { journalFor } from '../../app/payments/pay.js';
import { orderJson } from '../../app/payments/flow.js';
import { formatWireMoney } from '../../domain/money.js';
import { toCsv } from '../../io/csv.js';
import { layoutTable, noteHidden, printJson, printText } from '../../io/output.js';
import type { Order } from '../../store/journal.js';
import type { HistoryOptions } from './history.command.js';
import { journalLineKey } from '../../app/journal-line.js';

const CSV_COLUMNS = ['createdAt', 'id', 'account', 'line', 'kind', 'amount', 'currency', 'method', 'plan', 'status', 'providerRef', 'idempotencyKey', 'reason', 'recordedBy'] as const;

/** Works from the local journal (and, for --line, local state first), so it answers when the provider cannot be reached. */
export async function runHistory(ctx: Context, options: HistoryOptions): Promise<number> {
  const all = journalFor(ctx).orders();
  const line = options.line === null ? null : await journalLineKey(ctx, options.line, all);
  const orders = all.filter((o) => line === null || `${o.account}/${o.line}` === line).sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  if (ctx.globals.json) {
    await printJson(ctx, orders.map(orderJson));
    return 0;
  }
  if (options.csv) {
    const rows = orders.map((o) => [o.createdAt, o.id, o.account, o.line, o.kind, o.amount.amount, o.amount.currency, o.method, o.plan ?? '', o.status, o.providerRef ?? '', o.idempotencyKey, o.reason ?? '', o.recordedBy ?? '']);
    await printText(ctx, toCsv([...CSV_COLUMNS], rows));
    return 0;
  }
  if (orders.length === 0) {
    ctx.io.stderr.write(`${ctx.t['history.none']}\n`);
    return 0;
  }
  const { t } = ctx;
  const paint = (o: Order) => (o.status === 'succeeded' ? ctx.color.out.green : o.status === 'failed' ? ctx.color.out.red : ctx.color.out.yellow);
  const rows = orders.map((o) => [
    o.createdAt.replace('T', ' ').slice(0, 19),
    o.id,
    `${o.account}/${o.line}`,
    o.plan ? `${t[`history.kind.${o.kind}`]} (${o.plan})` : t[`history.kind.${o.kind}`],
    formatWireMoney(o.amount, ctx.locale),
    o.method,
    paint(o)(t[`order.status.${o.status}`]),
    o.providerRef ?? '—',
  ]);
  const head = [t['history.col.time'], t['history.col.order'], t['history.col.line'], t['history.col.kind'], t['history.col.amount'], t['history.col.method'], t['history.col.status'], t['history.col.receipt']];
  // Too narrow: the kind's words are cut first, then method, receipt, line and kind give way (the order id and time
  // stay, so `--wide` or --json finds the rest); the table is printed before the note about what was hidden.
  const table = layoutTable(ctx, head, rows, { shrink: [3], dropOrder: [5, 7, 2, 3], wide: options.wide });
  await printText(ctx, table.text);
  noteHidden(ctx, table.hidden, ctx.t['table.hiddenWide']);
  return 0;
}
