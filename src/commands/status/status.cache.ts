// `leb status` and the status cache: every successful fetch is written to it; `--offline` shows it; an account
// the provider cannot be reached for (exit 5) shows its last known lines instead of nothing, marked as such.

import type { Context } from '../../app/context.js';
import type { AccountFailure, LineView } from '../../app/lines.js';
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
  ctx: Context,
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
  return [...result.views, ...stale];
}

/**
 * `--offline`, or `--line` when the provider cannot be reached to resolve it: the cache alone. With `cause` (the
 * unreachable error) the exit code stays 5, since nothing live was shown; `--offline` as asked is a success.
 */
export async function showCachedStatus(ctx: Context, options: StatusOptions, targets: readonly AccountTarget[], cause: unknown = null): Promise<number> {
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
function cachedViews(ctx: Context, targets: readonly AccountTarget[], entries: readonly CachedEntry[], lineRef: string | null): LineView[] {
  const { warnDays } = ctx.config.read().settings;
  const now = ctx.now();
  const views: LineView[] = [];
  for (const target of targets) {
    const mine = entries.filter((e) => e.account === target.name && (lineRef === null || cachedLineMatches(lineRef, e)));
    if (mine.length === 0) continue;
    const oldest = new Date(Math.min(...mine.map((e) => Date.parse(e.fetchedAt))));
    const when = isoInZone(oldest, ctx.timeZone).slice(0, 16).replace('T', ' ');
    ctx.warn(ctx.t['status.cache.showing'](target.name, ctx.t['status.cache.age'](now.getTime() - oldest.getTime()), when));
    views.push(...mine.map((entry) => cachedView(entry, target, now, ctx.timeZone, warnDays)));
  }
  return views;
}
