// Which line `history --line` means. It takes what --line takes everywhere (id, account/id, number, ICCID,
// alias) and the user's own label, answering from local state first so history still works offline: the
// journal's ids, then labels, then the status cache, and only then the provider. A name nothing knows is a
// usage error, not "No orders yet.".

import type { Context } from '../../app/context.js';
import { StateError, UsageError } from '../../errors.js';
import { resolveLine } from '../../app/lines.js';
import { allTargets } from '../../app/targets.js';
import { cachedLineMatches, readStatusCache, statusCacheFile } from '../../app/status-cache.js';
import type { Order } from '../../store/journal.js';

const keyOf = (account: string, line: string) => `${account}/${line}`;

function byLabel(ctx: Context, ref: string): string[] {
  const wanted = ref.trim().toLowerCase();
  return Object.entries(ctx.config.read().lines)
    .filter(([, notes]) => notes.label !== null && notes.label.toLowerCase() === wanted)
    .map(([key]) => key);
}

function byCache(ctx: Context, ref: string): string[] {
  try {
    return readStatusCache(statusCacheFile(ctx.paths))
      .filter((entry) => cachedLineMatches(ref, entry))
      .map((entry) => keyOf(entry.account, entry.status.id));
  } catch (error) {
    if (error instanceof StateError) return [];
    throw error;
  }
}

/** "account/lineId" of the one line `ref` names. */
export async function historyLineKey(ctx: Context, ref: string, orders: readonly Order[]): Promise<string> {
  const inJournal = new Set(orders.filter((o) => o.line === ref || keyOf(o.account, o.line) === ref).map((o) => keyOf(o.account, o.line)));
  for (const candidates of [[...inJournal], byLabel(ctx, ref), byCache(ctx, ref)]) {
    const unique = [...new Set(candidates)];
    if (unique.length === 1) return unique[0] as string;
    if (unique.length > 1) throw new UsageError(ctx.t['error.ambiguousLine'](ref, unique.join(', ')));
  }
  const found = await resolveLine(ctx, allTargets(ctx), ref);
  return keyOf(found.target.name, found.line.id);
}
