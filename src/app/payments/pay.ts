// Paying exactly once. Under a per-line cross-process lock: settle any earlier unsettled order on the line
// (resending the same intent with its original key when the rerun asks for the same thing), write the intent
// with a fresh idempotency key and fsync it, send, record the outcome. An unclear outcome is `unknown` (exit 7),
// never `failed`, and blocks further payments on the line until it is settled.

import { join } from 'node:path';
import type { Context } from '../context.js';
import { ExitCode, InterruptedError, LebError } from '../../errors.js';
import { toJson, type Money } from '../../domain/money.js';
import { AccountError } from '../../providers/account-error.js';
import type { ProviderOrder } from '../../providers/port.js';
import { Journal, unsettledOn, type IntentEvent, type Order } from '../../store/journal.js';
import { withLock, type HeldLock } from '../../store/lock.js';
import type { FoundLine } from '../lines.js';
import { intent, outcome, sameRequest, type IntentFields } from './journal-events.js';
import { reconcileOrder } from './reconcile.js';

export interface PaymentIntent {
  found: FoundLine;
  kind: 'topup' | 'renew';
  amount: Money;
  method: string;
  plan: string | null;
  /** The bulk run this payment belongs to (recorded on the intent), or absent for a single payment. */
  batch?: string | null;
  /**
   * Runs under the line's lock, after earlier orders are settled and before the intent is written: the moment
   * to read the line as it is just before this payment (another leb process may have paid meanwhile).
   */
  beforeSend?: () => Promise<void>;
}

export function journalFor(ctx: Pick<Context, 'globals' | 'paths' | 't' | 'warn'>): Journal {
  return new Journal(ctx.globals.sandbox ? join(ctx.paths.sandbox, 'orders.jsonl') : ctx.paths.journal, (torn) =>
    ctx.warn(torn.aside === null ? ctx.t['journal.torn'](torn.file, torn.bytes) : ctx.t['journal.tornKeptAside'](torn.file, torn.bytes, torn.aside)),
  );
}

/** The per-line lock every payment holds, and `leb reconcile` too before it settles an order of that line. */
export function lineLockPath(ctx: Pick<Context, 'paths'>, account: string, lineId: string): string {
  const safe = `${account}-${lineId}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return join(ctx.paths.locks, `line-${safe}`);
}

export async function pay(
  ctx: Pick<Context, 'debug' | 'globals' | 'lineLockWaitMs' | 'now' | 'onInterrupt' | 'paths' | 'signal' | 't' | 'warn'>,
  request: PaymentIntent,
): Promise<Order> {
  return withLock(lineLockPath(ctx, request.found.target.name, request.found.line.id), (lock) => payLocked(ctx, request, lock), {
    waitMs: ctx.lineLockWaitMs,
    busyMessage: ctx.t['pay.busy'](request.found.line.id),
    verifiable: true,
  });
}

async function payLocked(
  ctx: Pick<Context, 'debug' | 'globals' | 'now' | 'onInterrupt' | 'paths' | 'signal' | 't' | 'warn'>,
  request: PaymentIntent,
  lock: HeldLock,
): Promise<Order> {
  const journal = journalFor(ctx);
  const fields: IntentFields = {
    account: request.found.target.name,
    provider: request.found.target.kind,
    line: request.found.line.id,
    kind: request.kind,
    amount: toJson(request.amount),
    method: request.method,
    plan: request.plan,
    batch: request.batch ?? null,
    number: request.found.line.number,
  };
  const retry = await settleEarlierOrders(ctx, journal, request, fields);
  await request.beforeSend?.();
  // Ctrl-C before anything is written or sent: stop here, with nothing to settle later. From here on, what a
  // Ctrl-C says is onInterrupt's (below).
  if (ctx.signal.aborted) throw ctx.signal.reason instanceof InterruptedError ? new InterruptedError(ctx.t['interrupt.nothingSent']) : ctx.signal.reason;
  const event = retry ? null : intent(fields, ctx.now());
  const id = retry?.id ?? (event as IntentEvent).id;
  // Ctrl-C from here on is answered with what is known: before the send nothing was charged; after it, the
  // outcome is for `leb reconcile` to learn. Set up before the journal write, so no moment goes unexplained.
  let sending = false;
  const stopNotice = ctx.onInterrupt(() => (sending ? ctx.t['pay.interrupted'](id) : ctx.t['pay.interruptedBeforeSend'](id)));
  let settled: Order;
  try {
    let order: Order;
    if (retry) {
      ctx.warn(ctx.t['pay.resending'](retry.id));
      await journal.append({ type: 'retry', id: retry.id, at: ctx.now().toISOString() });
      order = retry;
    } else {
      await journal.append(event as IntentEvent);
      order = journal.order(id) as Order;
    }
    // Paused past the lock's staleness (SIGSTOP, a closed lid) while settling or journaling: another process
    // may be paying this line now. Stop before sending; the order stays pending for whoever holds the lock.
    if (!lock.held()) {
      throw new LebError(ExitCode.busy, ctx.t['pay.lockLost'](order.id, request.found.line.id), ctx.t['pay.lockLostHint']);
    }
    ctx.debug(`order ${order.id} written to ${journal.file}; sending with its idempotency key`);
    sending = true;
    settled = await send(ctx, journal, request, order);
  } finally {
    stopNotice();
  }
  if (!lock.held()) ctx.warn(ctx.t['pay.lockLostAfterSend'](id, request.found.line.id));
  return settled;
}

/**
 * Before a new payment on a line, every earlier unsettled order on it is settled. One that asks for the same
 * thing as this request is this request's earlier attempt: it is returned, to be resent with its own key.
 */
async function settleEarlierOrders(
  ctx: Pick<Context, 'debug' | 'now' | 't' | 'warn'>,
  journal: Journal,
  request: PaymentIntent,
  fields: IntentFields,
): Promise<Order | null> {
  const unsettled = unsettledOn(journal.orders(), fields.account, fields.line);
  let retry: Order | null = null;
  for (const order of unsettled) {
    if (retry === null && sameRequest(order, fields)) {
      retry = order;
      continue;
    }
    const result = await reconcileOrder(ctx, journal, request.found.provider, order);
    if (!result.settled && result.unseenForMs !== null) {
      const minutes = Math.ceil(result.unseenForMs / 60_000);
      throw new LebError(ExitCode.unknownOutcome, ctx.t['pay.blockedByUnseen'](order.id, request.found.line.id), ctx.t['pay.unseenHint'](minutes));
    }
    if (!result.settled) {
      throw new LebError(ExitCode.unknownOutcome, ctx.t['pay.blockedByUnknown'](order.id, request.found.line.id), ctx.t['pay.reconcileHint']);
    }
    ctx.warn(ctx.t['pay.settledEarlier'](order.id, ctx.t[`order.status.${result.order.status}`]));
  }
  return retry;
}

async function send(ctx: Pick<Context, 'now'>, journal: Journal, request: PaymentIntent, order: Order): Promise<Order> {
  const { provider, line } = request.found;
  let answer: ProviderOrder;
  try {
    answer =
      request.kind === 'topup'
        ? await provider.topup({ lineId: line.id, amount: request.amount, methodId: request.method, idempotencyKey: order.idempotencyKey })
        : await provider.renew({ lineId: line.id, planId: request.plan ?? '', methodId: request.method, idempotencyKey: order.idempotencyKey });
  } catch (error) {
    await recordFailure(ctx, journal, order, error);
    throw error;
  }
  await journal.append(outcome(order, answer.status === 'failed' ? 'failed' : answer.status, ctx.now(), { providerRef: answer.providerRef, reason: answer.reason }));
  return journal.order(order.id) as Order;
}

/**
 * What a failed send means for the order. A refusal or a request the provider rejected was not applied:
 * failed. A lost answer is unknown. Anything leb cannot classify (a bug, a crash of our own) stays pending, to
 * be settled by lookup: claiming "failed" there could hide a real charge.
 */
async function recordFailure(ctx: Pick<Context, 'now'>, journal: Journal, order: Order, error: unknown): Promise<void> {
  if (!(error instanceof AccountError)) return;
  const { kind, message, code } = error.inner;
  const reason = code ? `${code}: ${message}` : message;
  switch (kind) {
    case 'refused':
    case 'invalid-request':
    case 'auth':
    case 'unreachable':
      await journal.append(outcome(order, 'failed', ctx.now(), { reason }));
      return;
    case 'unknown-outcome':
    case 'busy':
    case 'bad-response':
      await journal.append(outcome(order, 'unknown', ctx.now(), { reason }));
      return;
  }
}
