// Settling orders whose outcome leb does not know (pending: written but maybe never sent; unknown: sent, answer
// lost) by asking the provider for the order under its idempotency key.
//
// "The provider has not seen this key" is not "nothing was charged" while the request may still arrive (a slow
// uplink, a request queued at the provider): such an order stays unsettled and resendable with its original
// key, and is closed as never received only once its provider's arrival window has passed since it was last
// sent. Callers hold the line's lock (lineLockPath in pay.ts), so no leb process is sending it meanwhile.

import type { Context } from '../context.js';
import { AccountError } from '../../providers/account-error.js';
import type { Provider } from '../../providers/port.js';
import type { Journal, Order } from '../../store/journal.js';
import { outcome } from './journal-events.js';

export type ReconcileResult =
  | { order: Order; settled: true }
  /** `unseenForMs`: the provider has not seen it yet; it may arrive for this many more milliseconds. */
  | { order: Order; settled: false; error: unknown; unseenForMs: number | null };

export const NEVER_RECEIVED = 'never reached the provider; nothing was charged';

/**
 * How long after its last sending a request may still reach the provider and be applied. The embedded sandbox
 * applies a payment inside the process that holds the line's lock, so once the lock is free nothing is still
 * travelling. Over a network a request can sit in buffers and queues after its sender gave up or died; ten
 * minutes is far beyond any per-attempt deadline leb uses (a minute at most).
 */
export const ARRIVAL_WINDOW_MS: Readonly<Record<string, number>> = { sandbox: 0 };
export const DEFAULT_ARRIVAL_WINDOW_MS = 10 * 60_000;

export function arrivalWindowMs(providerKind: string): number {
  return Object.hasOwn(ARRIVAL_WINDOW_MS, providerKind) ? (ARRIVAL_WINDOW_MS[providerKind] as number) : DEFAULT_ARRIVAL_WINDOW_MS;
}

export async function reconcileOrder(ctx: Pick<Context, 'debug' | 'now'>, journal: Journal, provider: Provider, order: Order): Promise<ReconcileResult> {
  let found;
  try {
    found = await provider.findOrder(order.line, order.idempotencyKey);
  } catch (error) {
    ctx.debug(`reconcile ${order.id}: lookup failed: ${error instanceof AccountError ? error.inner.kind : (error as Error).message}`);
    return { order, settled: false, error, unseenForMs: null };
  }
  if (!found) {
    // updatedAt is the last event of an unsettled order: its intent, its last resend, or the unclear outcome
    // written after the last attempt. Either way no byte of it was sent later than that.
    const lastSent = Date.parse(order.updatedAt);
    const left = lastSent + arrivalWindowMs(order.provider) - ctx.now().getTime();
    if (Number.isNaN(lastSent) || left > 0) {
      ctx.debug(`reconcile ${order.id}: not seen by the provider yet; it may still arrive for ${Math.max(0, left)} ms`);
      return { order, settled: false, error: null, unseenForMs: Number.isNaN(lastSent) ? arrivalWindowMs(order.provider) : left };
    }
  }
  const event = found
    ? outcome(order, found.status, ctx.now(), { providerRef: found.providerRef, reason: found.reason })
    : outcome(order, 'failed', ctx.now(), { reason: NEVER_RECEIVED });
  await journal.append(event);
  const settled = journal.order(order.id) ?? order;
  return settled.status === 'pending' ? { order: settled, settled: false, error: null, unseenForMs: null } : { order: settled, settled: true };
}
