// A bulk run's identity. The same command run again on the same day (after a Ctrl-C, a crash or a partial
// failure) gets the same batch id, so the lines that batch already paid are found in the journal and skipped:
// `leb topup --all --amount 50 --yes` run twice pays each line once.

import { createHash } from 'node:crypto';
import type { Order } from '../../store/journal.js';
import type { LineSelection } from '../line-selection.js';

export interface BatchRequest {
  kind: 'topup' | 'renew';
  selection: LineSelection;
  amount: string | null;
  plan: string | null;
  method: string | null;
  /** --account, or null for every account. */
  account: string | null;
  sandbox: boolean;
  /** Today in the user's zone: a batch is one day's run. */
  today: string;
}

export function batchId(request: BatchRequest): string {
  const { selection } = request;
  const canonical = JSON.stringify([
    request.kind,
    request.amount?.trim() ?? null,
    request.plan,
    request.method,
    request.account,
    request.sandbox,
    request.today,
    selection.all,
    selection.atRisk,
    selection.expiringWithin,
    selection.states === null ? null : [...selection.states].sort(),
    selection.label?.toLowerCase() ?? null,
  ]);
  return `bat_${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
}

/** The order this batch already placed for a line (the latest), or null. */
export function batchOrderFor(orders: readonly Order[], batch: string, account: string, line: string): Order | null {
  let found: Order | null = null;
  for (const order of orders) {
    if (order.batch === batch && order.account === account && order.line === line && (found === null || order.createdAt >= found.createdAt)) found = order;
  }
  return found;
}
