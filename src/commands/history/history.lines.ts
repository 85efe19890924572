// Each order's line as people know it: its number and the user's label, from local state only (history answers
// without the provider): labels from config.lines; the number the payment wrote in the journal, else the status
// cache (what `leb status` last saw) or the tracked line (lines.json). Else no number; the journal names it by id.

import type { Context } from '../../app/context.js';
import { StateError } from '../../errors.js';
import { labelOf } from '../../app/lines.js';
import { lineKey } from '../../app/line-notes.js';
import { readStatusCache, statusCacheFile } from '../../app/status-cache.js';
import { TrackedLineStore } from '../../store/tracked-lines.js';
import type { Order } from '../../store/journal.js';

export interface LineNames {
  number: string | null;
  label: string | null;
}

/** A cache or tracked-lines file that cannot be read only costs the numbers: history is about the journal. */
function orNothing<T>(read: () => readonly T[]): readonly T[] {
  try {
    return read();
  } catch (error) {
    if (error instanceof StateError) return [];
    throw error;
  }
}

export function lineNames(ctx: Pick<Context, 'config' | 'paths'>, orders: readonly Order[]): (order: Order) => LineNames {
  const config = ctx.config.read();
  const numbers = new Map<string, string>();
  for (const entry of orNothing(() => readStatusCache(statusCacheFile(ctx.paths)))) {
    if (entry.status.number !== null) numbers.set(lineKey(entry.account, entry.status.id), entry.status.number);
  }
  // Tracked lines are only read when an order is on an account that has them.
  if (orders.some((o) => o.provider === 'manual' || o.provider === 'reloadly')) {
    for (const line of orNothing(() => new TrackedLineStore(ctx.paths.tracked).read())) numbers.set(lineKey(line.account, line.id), line.number);
  }
  // The number the payment recorded first (journals since history showed numbers), else what leb last saw.
  return (order) => ({ number: order.number ?? numbers.get(lineKey(order.account, order.line)) ?? null, label: labelOf(config, order.account, order.line) });
}
