// Which line `history --line` and `reconcile --line` mean. It takes what --line takes everywhere (id, account/id, number, ICCID,
// alias, the user's own label), answering from local state first so history still works offline: the
// journal's ids, then labels, then the status cache, and only then the provider. Local state is looked at only
// for the accounts the run is about (--sandbox: the embedded sandbox alone; --account: that one), as the
// provider would be. A name nothing knows is a usage error, not "No orders yet.".

import type { Context } from './context.js';
import { StateError, UsageError } from '../errors.js';
import { resolveLine } from './lines.js';
import { allTargets } from './targets.js';
import { cachedLineMatches, readStatusCache, statusCacheFile } from './status-cache.js';
import type { Order } from '../store/journal.js';
import { EMBEDDED_SANDBOX } from '../providers/open.js';

const keyOf = (account: string, line: string) => `${account}/${line}`;

/** Is this account one the run is about? A removed account's orders stay findable when no account is named. */
function inScope(ctx: Pick<Context, 'globals'>): (account: string) => boolean {
  if (ctx.globals.sandbox) return (account) => account === EMBEDDED_SANDBOX;
  const named = ctx.globals.account;
  if (named !== null) return (account) => account === named;
  return (account) => account !== EMBEDDED_SANDBOX;
}

function byLabel(ctx: Pick<Context, 'config'>, ref: string, scope: (account: string) => boolean): string[] {
  const wanted = ref.trim().toLowerCase();
  return Object.entries(ctx.config.read().lines)
    .filter(([key, notes]) => notes.label !== null && notes.label.toLowerCase() === wanted && scope(key.slice(0, key.indexOf('/'))))
    .map(([key]) => key);
}

function byCache(ctx: Pick<Context, 'config' | 'paths'>, ref: string, scope: (account: string) => boolean): string[] {
  const config = ctx.config.read();
  try {
    return readStatusCache(statusCacheFile(ctx.paths))
      .filter((entry) => scope(entry.account) && cachedLineMatches(ref, entry, config))
      .map((entry) => keyOf(entry.account, entry.status.id));
  } catch (error) {
    if (error instanceof StateError) return [];
    throw error;
  }
}

/** "account/lineId" of the one line `ref` names. */
export async function journalLineKey(
  ctx: Pick<Context, 'config' | 'globals' | 'paths' | 'provider' | 'spinner' | 't'>,
  ref: string,
  orders: readonly Order[],
): Promise<string> {
  const scope = inScope(ctx);
  const inJournal = new Set(orders.filter((o) => scope(o.account) && (o.line === ref || keyOf(o.account, o.line) === ref)).map((o) => keyOf(o.account, o.line)));
  for (const candidates of [[...inJournal], byLabel(ctx, ref, scope), byCache(ctx, ref, scope)]) {
    const unique = [...new Set(candidates)];
    if (unique.length === 1) return unique[0] as string;
    if (unique.length > 1) throw new UsageError(ctx.t['error.ambiguousLine'](ref, unique.join(', ')));
  }
  const found = await resolveLine(ctx, allTargets(ctx), ref);
  return keyOf(found.target.name, found.line.id);
}
