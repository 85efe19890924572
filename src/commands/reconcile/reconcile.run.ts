import type { Context } from '../../context.js';
import { journalFor } from '../../app/payments/pay.js';
import { orderJson } from '../../app/payments/flow.js';
import { reconcileOrder } from '../../app/payments/reconcile.js';
import { accountTarget, embeddedSandbox } from '../../app/targets.js';
import { describeError } from '../../cli/report.js';
import { ExitCode } from '../../errors.js';
import { printJson } from '../../io/output.js';
import { isUnsettled, type Order } from '../../store/journal.js';
import type { ReconcileOptions } from './reconcile.command.js';


export async function runReconcile(ctx: Context, options: ReconcileOptions): Promise<number> {
  const journal = journalFor(ctx);
  const unsettled = journal
    .orders()
    .filter(isUnsettled)
    .filter((o) => options.line === null || o.line === options.line || `${o.account}/${o.line}` === options.line)
    .filter((o) => ctx.globals.account === null || o.account === ctx.globals.account);

  let exitCode: number = ExitCode.ok;
  const results: Order[] = [];
  const config = ctx.config.read();
  for (const order of unsettled) {
    const target = ctx.globals.sandbox ? embeddedSandbox() : accountTarget(config, order.account);
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
