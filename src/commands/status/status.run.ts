import type { Context } from '../../app/context.js';
import { fetchLineViews, reportFailures, resolveLine } from '../../app/lines.js';
import { allTargets } from '../../app/targets.js';
import { ExitCode } from '../../errors.js';
import type { StatusOptions } from './status.command.js';
import { fetchOrder, settleWithCache, showCachedStatus, isUnreachable } from './status.cache.js';
import { showStatus } from './status.show.js';

export async function runStatus(
  ctx: Pick<Context, 'color' | 'config' | 'debug' | 'describe' | 'error' | 'globals' | 'io' | 'locale' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: StatusOptions,
): Promise<number> {
  const targets = allTargets(ctx);
  if (options.offline) return showCachedStatus(ctx, options, targets);
  const { warnDays } = ctx.config.read().settings;
  let only;
  try {
    only = options.line === null ? undefined : await resolveLine(ctx, targets, options.line);
  } catch (error) {
    // The provider cannot be reached even to find the line: show what the cache knows about it.
    if (isUnreachable(error)) return showCachedStatus(ctx, options, targets, error);
    throw error;
  }
  const result = await fetchLineViews(ctx, targets, {
    warnDays,
    ...(only ? { only } : {}),
    ...(options.concurrency === null ? {} : { concurrency: options.concurrency }),
    order: fetchOrder(ctx, options.refresh),
  });
  const exitCode = reportFailures(ctx, result.failures) ?? ExitCode.ok;

  // Writes the cache, and shows the last known lines of an account that could not be reached.
  const views = await settleWithCache(ctx, targets, result, only?.line.id ?? null);
  return showStatus(ctx, options, { views, exitCode, anyFailure: result.failures.length > 0 });
}
