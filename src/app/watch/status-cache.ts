// The last status fetched of every line (LEB_HOME/cache/status.json, 0600, replaced atomically), so `leb status`
// can still show something, with its age, when the provider cannot be reached. A cache, not a record: a corrupt
// file is replaced on the next successful fetch, but reading one for display is an error that names it.

import { join } from 'node:path';
import { z } from 'zod';
import { StateError } from '../../errors.js';
import { validity, riskOf } from '../../domain/validity.js';
import type { AccountTarget } from '../../providers/open.js';
import type { LineStatus } from '../../providers/port.js';
import { parseJsonFile, readTextIfExists, writeFileAtomic } from '../../store/files.js';
import { withLock } from '../../store/lock.js';
import type { StatePaths } from '../../store/paths.js';
import type { LineView } from '../lines.js';
import { lineKey } from './notes.js';

const money = z.object({ minor: z.number().int(), currency: z.string() });

const lineStatus = z.object({
  id: z.string(),
  number: z.string().nullable(),
  iccid: z.string().nullable(),
  alias: z.string().nullable(),
  expiresAt: z.string().nullable(),
  flag: z.enum(['recycled', 'inactive', 'expired']).nullable(),
  balance: money.nullable(),
  data: z.object({ remainingMb: z.number(), totalMb: z.number(), unlimited: z.boolean() }).nullable(),
  plan: z.object({ id: z.string(), autoRenew: z.boolean() }).nullable(),
  rules: z.object({
    currency: z.string(),
    graceDays: z.number().int(),
    rechargeTable: z.array(z.object({ minAmountMinor: z.number().int(), validityDays: z.number().int() })),
    minTopupMinor: z.number().int(),
    maxTopupMinor: z.number().int(),
  }),
  defaultMethod: z.string().nullable(),
});

const entrySchema = z.object({
  account: z.string(),
  provider: z.enum(['sandbox', 'http', 'airalo']),
  /** ISO 8601 (UTC) of the fetch. */
  fetchedAt: z.string(),
  status: lineStatus,
});

const cacheSchema = z.object({ version: z.literal(1), entries: z.array(entrySchema) });

export type CachedEntry = z.infer<typeof entrySchema>;

export function statusCacheFile(paths: StatePaths): string {
  return join(paths.cache, 'status.json');
}

/** Every cached entry; [] when there is no cache yet. A corrupt file is a StateError naming it (exit 9). */
export function readStatusCache(file: string): CachedEntry[] {
  const text = readTextIfExists(file);
  if (text === null) return [];
  const parsed = cacheSchema.safeParse(parseJsonFile(file, text));
  if (!parsed.success) throw new StateError(file, `${file} is not a leb status cache; move it away (it is only a cache) and run "leb status" again`);
  return parsed.data.entries;
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
      byKey.set(lineKey(view.target.name, view.status.id), {
        account: view.target.name,
        provider: view.target.kind,
        fetchedAt: view.fetchedAt.toISOString(),
        status: view.status as z.infer<typeof lineStatus>,
      });
    }
    writeFileAtomic(file, `${JSON.stringify({ version: 1, entries: [...byKey.values()] })}\n`);
  }, { waitMs: 2_000 });
}

/**
 * A cached line as a view. Its state and days left are worked out again for today (the dates it was given do
 * not move), while fetchedAt keeps the time of the fetch and `stale` says where it came from.
 */
export function cachedView(entry: CachedEntry, target: AccountTarget, now: Date, timeZone: string, warnDays: number): LineView {
  const status = entry.status as LineStatus;
  const v = validity({ expiresAt: status.expiresAt, graceDays: status.rules.graceDays, flag: status.flag }, now, timeZone);
  return { target, status, validity: v, risk: riskOf(v, warnDays), fetchedAt: new Date(entry.fetchedAt), stale: true };
}

const digitsOnly = (text: string) => text.replace(/[\s()-]/g, '');

/** Does `ref` (as `--line` takes it) name this cached line? */
export function cachedLineMatches(ref: string, entry: CachedEntry): boolean {
  const { status } = entry;
  if (ref === status.id || ref === lineKey(entry.account, status.id)) return true;
  const compact = digitsOnly(ref);
  if (compact !== '' && (compact === status.number || `+${compact}` === status.number || compact === status.iccid)) return true;
  return status.alias !== null && status.alias.toLowerCase() === ref.trim().toLowerCase();
}
