// The last status fetched of every line (LEB_HOME/cache/status.json, 0600, replaced atomically), so `leb status`
// can still show something, with its age, when the provider cannot be reached. A cache, not a record: a corrupt
// file is replaced on the next successful fetch, but reading one for display is an error that names it.

import { join } from 'node:path';
import { array, boolean, integer, nullable, number, object, oneOf, string, type Infer } from '../store/shape.js';
import { StateError } from '../errors.js';
import type { AccountTarget } from '../providers/open.js';
import type { LineStatus } from '../providers/port.js';
import { writeFileAtomic } from '../store/files.js';
import { readOwnJson } from '../store/json-state.js';
import { withLock } from '../store/lock.js';
import type { StatePaths } from '../store/paths.js';
import type { Config } from '../store/config.js';
import { labelOf, lineMatchRank, toLineView, type LineView } from './lines.js';
import { lineKey } from './line-notes.js';

const money = object({ minor: integer, currency: string });

const lineStatus = object({
  id: string,
  number: nullable(string),
  iccid: nullable(string),
  alias: nullable(string),
  expiresAt: nullable(string),
  flag: nullable(oneOf(['recycled', 'inactive', 'expired'])),
  balance: nullable(money),
  data: nullable(object({ remainingMb: number, totalMb: number, unlimited: boolean })),
  plan: nullable(object({ id: string, autoRenew: boolean })),
  rules: object({
    currency: string,
    graceDays: integer,
    rechargeTable: array(object({ minAmountMinor: integer, validityDays: integer })),
    minTopupMinor: integer,
    maxTopupMinor: integer,
  }),
  defaultMethod: nullable(string),
});

const entryShape = object({
  account: string,
  provider: oneOf(['sandbox', 'http', 'airalo', 'manual', 'reloadly']),
  /** ISO 8601 (UTC) of the fetch. */
  fetchedAt: string,
  status: lineStatus,
});

const parseCache = object({ version: oneOf([1]), entries: array(entryShape) });

export type CachedEntry = Infer<typeof entryShape>;

export function statusCacheFile(paths: StatePaths): string {
  return join(paths.cache, 'status.json');
}

/** Every cached entry; [] when there is no cache yet. A corrupt file is a StateError naming it (exit 9). */
export function readStatusCache(file: string): CachedEntry[] {
  return readOwnJson(file, parseCache, 'status-cache')?.entries ?? [];
}

export interface CacheUpdate {
  /** Lines just fetched. */
  views: readonly LineView[];
  /** Accounts listed in full just now: their cached lines that were not in the list are gone at the provider. */
  complete: readonly string[];
}

/** Merge fresh statuses into the cache under a lock (concurrent runs never lose each other's lines). */
export async function updateStatusCache(file: string, update: CacheUpdate): Promise<void> {
  await withLock(file, () => {
    let entries: CachedEntry[];
    try {
      entries = readStatusCache(file);
    } catch (error) {
      if (!(error instanceof StateError)) throw error;
      entries = [];
    }
    const complete = new Set(update.complete);
    const byKey = new Map(entries.filter((e) => !complete.has(e.account)).map((e) => [lineKey(e.account, e.status.id), e]));
    for (const view of update.views) {
      // A tracked line's status is worked out locally every time; there is nothing to fall back on.
      if (view.status.tracked !== undefined) continue;
      byKey.set(lineKey(view.target.name, view.status.id), {
        account: view.target.name,
        provider: view.target.kind,
        fetchedAt: view.fetchedAt.toISOString(),
        status: view.status as CachedEntry['status'],
      });
    }
    // Only a cache: no fsync (a file cut short by a crash is replaced by the next fetch, as a corrupt one is).
    writeFileAtomic(file, `${JSON.stringify({ version: 1, entries: [...byKey.values()] })}\n`, { durable: false });
  }, { waitMs: 2_000 });
}

/**
 * A cached line as a view. Its state and days left are worked out again for today (the dates it was given do
 * not move), while fetchedAt keeps the time of the fetch and `stale` says where it came from.
 */
export function cachedView(entry: CachedEntry, target: AccountTarget, now: Date, timeZone: string, warnDays: number): LineView {
  return { ...toLineView(target, entry.status as LineStatus, now, timeZone, warnDays), fetchedAt: new Date(entry.fetchedAt), stale: true };
}

/** Does `ref` (as `--line` takes it, the user's labels included) name this cached line? The same rule as for live lines. */
export function cachedLineMatches(ref: string, entry: CachedEntry, config: Pick<Config, 'lines'>): boolean {
  return lineMatchRank(ref, entry.account, entry.status, labelOf(config, entry.account, entry.status.id)) > 0;
}
