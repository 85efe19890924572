// `leb status` and the status cache: every successful fetch is written to it; `--offline` shows it; an account
// the provider cannot be reached for (exit 5) shows its last known lines instead of nothing, marked as such.

import type { Context } from '../../app/context.js';
import type { AccountFailure, FoundLine, LineView } from '../../app/lines.js';
import { lineKey } from '../../app/line-notes.js';
import { cachedLineMatches, cachedView, readStatusCache, statusCacheFile, updateStatusCache, type CachedEntry } from '../../app/status-cache.js';
import { isoInZone } from '../../domain/dates.js';
import { ExitCode, UsageError } from '../../errors.js';
import { AccountError } from '../../providers/account-error.js';
import type { AccountTarget } from '../../providers/open.js';
import { isUnreachableKind, ProviderError } from '../../providers/port.js';
import type { StatusOptions } from './status.command.js';
import { showStatus } from './status.show.js';

/** The account's provider could not be reached or read (exit 5): its cached lines may stand in. */
export function isUnreachable(error: unknown): boolean {
  const inner = error instanceof AccountError ? error.inner : error;
  return inner instanceof ProviderError && isUnreachableKind(inner.kind);
}

/**
 * After a live fetch: write what came back to the cache (never failing the command over it), and add the cached
 * lines of accounts that could not be reached.
 */
export async function settleWithCache(
  ctx: Pick<Context, 'config' | 'debug' | 'now' | 'paths' | 't' | 'timeZone' | 'warn'>,
  targets: readonly AccountTarget[],
  result: { views: LineView[]; failures: AccountFailure[] },
  onlyLine: string | null,
): Promise<LineView[]> {
  const file = statusCacheFile(ctx.paths);
  const failed = new Set(result.failures.map((f) => f.target.name));
  const complete = onlyLine === null ? targets.map((t) => t.name).filter((name) => !failed.has(name)) : [];
  try {
    if (result.views.length > 0 || complete.length > 0) await updateStatusCache(file, { views: result.views, complete });
  } catch (error) {
    ctx.debug(`status cache not written: ${(error as Error).message}`);
  }

  const unreachable = result.failures.filter((f) => isUnreachable(f.error)).map((f) => f.target);
  if (unreachable.length === 0) return result.views;
  let entries: CachedEntry[];
  try {
    entries = readStatusCache(file);
  } catch (error) {
    ctx.warn((error as Error).message);
    return result.views;
  }
  const fresh = new Set(result.views.map((v) => lineKey(v.target.name, v.status.id)));
  const stale = cachedViews(ctx, unreachable, entries.filter((e) => !fresh.has(lineKey(e.account, e.status.id))), onlyLine);
  for (const target of unreachable) {
    const staleCount = stale.filter((v) => v.target.name === target.name).length;
    const freshCount = result.views.filter((v) => v.target.name === target.name).length;
    if (staleCount > 0 && freshCount > 0) ctx.warn(ctx.t['status.cache.staleCount'](target.name, staleCount, staleCount + freshCount));
  }
  return [...result.views, ...stale];
}

const DAY_MS = 86_400_000;

/** How soon a cached line's number is lost, for ordering only: recycled lines last, unknown dates just before. */
function keptUntilMs(entry: CachedEntry): number {
  if (entry.status.flag === 'recycled') return Number.MAX_SAFE_INTEGER;
  if (entry.status.expiresAt === null) return Number.MAX_SAFE_INTEGER - 1;
  return Date.parse(entry.status.expiresAt) + entry.status.rules.graceDays * DAY_MS;
}

/**
 * The order to fetch lines in, from what the cache knows: lines never fetched first, then the most urgent
 * (soonest keep-number deadline), or with --refresh the ones refreshed longest ago. When a provider's rate
 * limits or --timeout cut a run short (an Airalo fleet of 1000 eSIMs needs over 200 s), the lines fetched are
 * the ones that matter most, and repeated --refresh runs reach every line in turn.
 */
export function fetchOrder(ctx: Pick<Context, 'paths'>, refresh: boolean): (found: readonly FoundLine[]) => FoundLine[] {
  let entries: CachedEntry[] = [];
  try {
    entries = readStatusCache(statusCacheFile(ctx.paths));
  } catch {
    // A cache that cannot be read changes no order; showing it later reports it.
  }
  const cached = new Map(entries.map((e) => [lineKey(e.account, e.status.id), e]));
  const rank = (f: FoundLine): number => {
    const entry = cached.get(lineKey(f.target.name, f.line.id));
    if (!entry) return Number.MIN_SAFE_INTEGER;
    return refresh ? Date.parse(entry.fetchedAt) : keptUntilMs(entry);
  };
  return (found) => [...found].sort((a, b) => rank(a) - rank(b));
}

/**
 * `--offline`, or `--line` when the provider cannot be reached to resolve it: the cache alone. With `cause` (the
 * unreachable error) the exit code stays 5, since nothing live was shown; `--offline` as asked is a success.
 */
export async function showCachedStatus(
  ctx: Pick<Context, 'color' | 'config' | 'debug' | 'describe' | 'error' | 'globals' | 'io' | 'locale' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: StatusOptions,
  targets: readonly AccountTarget[],
  cause: unknown = null,
): Promise<number> {
  const entries = readStatusCache(statusCacheFile(ctx.paths));
  const reported = cause === null ? null : ctx.describe(cause);
  if (reported !== null) ctx.error(reported.message, reported.hint);
  const views = cachedViews(ctx, targets, entries, options.line);
  if (options.line !== null && views.length > 1) {
    throw new UsageError(ctx.t['error.ambiguousLine'](options.line, views.map((v) => `${v.target.name}/${v.status.id}`).join(', ')));
  }
  if (views.length === 0) {
    if (reported !== null) return reported.exitCode;
    if (options.line !== null && entries.length > 0) throw new UsageError(ctx.t['error.invalidLineRef'](options.line));
    ctx.warn(ctx.t['status.cache.none']);
  }
  return showStatus(ctx, options, { views, exitCode: reported?.exitCode ?? ExitCode.ok, anyFailure: reported !== null });
}

/** The cached lines of these accounts (and of `--line`, when given) as views for today, with a notice per account. */
function cachedViews(
  ctx: Pick<Context, 'config' | 'now' | 't' | 'timeZone' | 'warn'>,
  targets: readonly AccountTarget[],
  entries: readonly CachedEntry[],
  lineRef: string | null,
): LineView[] {
  const config = ctx.config.read();
  const { warnDays } = config.settings;
  const now = ctx.now();
  const views: LineView[] = [];
  for (const target of targets) {
    const mine = entries.filter((e) => e.account === target.name && (lineRef === null || cachedLineMatches(lineRef, e, config)));
    if (mine.length === 0) continue;
    const oldest = new Date(Math.min(...mine.map((e) => Date.parse(e.fetchedAt))));
    const when = isoInZone(oldest, ctx.timeZone).slice(0, 16).replace('T', ' ');
    ctx.warn(ctx.t['status.cache.showing'](target.name, ctx.t['status.cache.age'](now.getTime() - oldest.getTime()), when));
    views.push(...mine.map((entry) => cachedView(entry, target, now, ctx.timeZone, warnDays)));
  }
  return views;
}
