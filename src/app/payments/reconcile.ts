// Settling orders whose outcome leb does not know (pending: written but maybe never sent; unknown: sent, answer
// lost) by asking the provider for the order under its idempotency key.

import type { Context } from '../../context.js';
import { AccountError } from '../../providers/account-error.js';
import type { Provider } from '../../providers/port.js';
import type { Journal, Order } from '../../store/journal.js';
import { outcome } from './journal-events.js';

export type ReconcileResult =
  | { order: Order; settled: true }
  | { order: Order; settled: false; error: unknown };

export const NEVER_RECEIVED = 'never reached the provider; nothing was charged';

export async function reconcileOrder(ctx: Context, journal: Journal, provider: Provider, order: Order): Promise<ReconcileResult> {
  let found;
  try {
    found = await provider.findOrder(order.line, order.idempotencyKey);
  } catch (error) {
    ctx.debug(`reconcile ${order.id}: lookup failed: ${error instanceof AccountError ? error.inner.kind : (error as Error).message}`);
    return { order, settled: false, error };
  }
  const event = found
    ? outcome(order, found.status, ctx.now(), { providerRef: found.providerRef, reason: found.reason })
    : outcome(order, 'failed', ctx.now(), { reason: NEVER_RECEIVED });
  await journal.append(event);
  const settled = journal.order(order.id) ?? order;
  return settled.status === 'pending' ? { order: settled, settled: false, error: null } : { order: settled, settled: true };
}
