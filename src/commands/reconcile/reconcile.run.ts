import type { Context } from '../../app/context.js';
import { journalFor, lineLockPath } from '../../app/payments/pay.js';
import { orderJson } from '../../app/payments/flow.js';
import { journalLineKey } from '../../app/journal-line.js';
import { reconcileOrder, type ReconcileResult } from '../../app/payments/reconcile.js';
import { accountTarget, embeddedSandbox } from '../../app/targets.js';
import { ExitCode, LebError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import { isUnsettled, type Order } from '../../store/journal.js';
import { withLock } from '../../store/lock.js';
import type { ReconcileOptions } from './reconcile.command.js';

export async function runReconcile(
  ctx: Pick<Context, 'color' | 'config' | 'debug' | 'describe' | 'globals' | 'io' | 'lineLockWaitMs' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: ReconcileOptions,
): Promise<number> {
  const journal = journalFor(ctx);
  const orders = journal.orders();
  // --line takes what it takes everywhere (number, label, ...), answered from local state first.
  const line = options.line === null ? null : await journalLineKey(ctx, options.line, orders);
  const unsettled = orders
    .filter(isUnsettled)
    .filter((o) => line === null || `${o.account}/${o.line}` === line)
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
    // Under the line's lock: a line whose payment is still in flight once the wait is over is skipped, never
    // settled from under the process sending it. The order is read again under the lock: that process may
    // have settled it meanwhile.
    const result = await lockedOrNull(ctx, order, () => {
      const current = journal.order(order.id) ?? order;
      if (!isUnsettled(current)) return Promise.resolve<ReconcileResult>({ order: current, settled: true });
      return reconcileOrder(ctx, journal, provider, current);
    });
    if (result === null) {
      ctx.warn(ctx.t['reconcile.inFlight'](order.id, order.line));
      results.push(order);
      if (exitCode === ExitCode.ok) exitCode = ExitCode.busy;
      continue;
    }
    results.push(result.order);
    if (result.settled) {
      ctx.io.stderr.write(`${ctx.t['reconcile.settled'](order.id, ctx.t[`order.status.${order.status}`], ctx.t[`order.status.${result.order.status}`], result.order.providerRef ?? '—')}\n`);
    } else if (result.unseenForMs !== null) {
      ctx.warn(ctx.t['reconcile.unseen'](order.id, Math.ceil(result.unseenForMs / 60_000)));
      if (exitCode === ExitCode.ok) exitCode = ExitCode.unknownOutcome;
    } else {
      const reported = result.error ? ctx.describe(result.error) : null;
      ctx.warn(ctx.t['reconcile.stillUnknown'](order.id, reported?.message ?? ctx.t['order.status.pending']));
      if (exitCode === ExitCode.ok) exitCode = reported?.exitCode ?? ExitCode.unknownOutcome;
    }
  }
  if (ctx.globals.json) await printJson(ctx, results.map(orderJson));
  else if (unsettled.length === 0) ctx.io.stderr.write(`${ctx.t['reconcile.nothing']}\n`);
  return exitCode;
}

/** `work` under the order's line lock, or null when another leb process keeps holding it (a payment in flight). */
async function lockedOrNull(
  ctx: Pick<Context, 'lineLockWaitMs' | 'paths'>,
  order: Order,
  work: () => Promise<ReconcileResult>,
): Promise<ReconcileResult | null> {
  let entered = false;
  try {
    return await withLock(
      lineLockPath(ctx, order.account, order.line),
      () => {
        entered = true;
        return work();
      },
      { waitMs: ctx.lineLockWaitMs },
    );
  } catch (error) {
    if (!entered && error instanceof LebError && error.exitCode === ExitCode.busy) return null;
    throw error;
  }
}
