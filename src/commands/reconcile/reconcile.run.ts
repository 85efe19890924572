import type { Context } from '../../context.js';
import { journalFor } from '../../app/payments/pay.js';
import { orderJson } from '../../app/payments/flow.js';
import { reconcileOrder } from '../../app/payments/reconcile.js';
import { embeddedSandbox } from '../../app/targets.js';
import { describeError } from '../../cli/report.js';
import { ExitCode } from '../../errors.js';
import { printJson } from '../../io/output.js';
import type { AccountTarget } from '../../providers/open.js';
import { isUnsettled, type Order } from '../../store/journal.js';
import type { ReconcileOptions } from './reconcile.command.js';

function targetFor(ctx: Context, order: Order): AccountTarget | null {
  if (ctx.globals.sandbox) return embeddedSandbox();
  const account = ctx.config.read().accounts[order.account];
  return account ? { name: order.account, kind: account.provider, account } : null;
}

export async function runReconcile(ctx: Context, options: ReconcileOptions): Promise<number> {
  const journal = journalFor(ctx);
  const unsettled = journal
    .orders()
    .filter(isUnsettled)
    .filter((o) => options.line === null || o.line === options.line || `${o.account}/${o.line}` === options.line)
    .filter((o) => ctx.globals.account === null || o.account === ctx.globals.account);

  let exitCode: number = ExitCode.ok;
  const results: Order[] = [];
  for (const order of unsettled) {
    const target = targetFor(ctx, order);
    if (target === null) {
      ctx.warn(ctx.t['reconcile.accountGone'](order.id, order.account));
      results.push(order);
      continue;
    }
    const provider = await ctx.provider(target);
    const result = await reconcileOrder(ctx, journal, provider, order);
    results.push(result.order);
    if (result.settled) {
      ctx.io.stderr.write(`${ctx.t['reconcile.settled'](order.id, ctx.t[`order.status.${order.status}`], ctx.t[`order.status.${result.order.status}`], result.order.providerRef ?? '—')}\n`);
    } else {
      const reported = result.error ? describeError(ctx.t, result.error) : null;
      ctx.warn(ctx.t['reconcile.stillUnknown'](order.id, reported?.message ?? ctx.t['order.status.pending']));
      if (exitCode === ExitCode.ok) exitCode = reported?.exitCode ?? ExitCode.unknownOutcome;
    }
  }
  if (ctx.globals.json) await printJson(ctx, results.map(orderJson));
  else if (unsettled.length === 0) ctx.io.stderr.write(`${ctx.t['reconcile.nothing']}\n`);
  return exitCode;
}
