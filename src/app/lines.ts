// Lines across accounts: find the one a user names, and fetch status for many at once.

import type { Context } from './context.js';
import { UsageError, type ExitCodeValue } from '../errors.js';
import type { AccountTarget } from '../providers/open.js';
import type { LineRef, LineStatus, Provider } from '../providers/port.js';
import { riskOf, validity, type Risk, type Validity } from '../domain/validity.js';
import { mapPool } from './pool.js';
import { withProgress } from './progress.js';
import { AccountError } from '../providers/account-error.js';
import type { Config } from '../store/config.js';
import { own } from '../store/shape.js';

export interface FoundLine {
  target: AccountTarget;
  provider: Provider;
  line: LineRef;
}

export interface LineView {
  target: AccountTarget;
  status: LineStatus;
  validity: Validity;
  risk: Risk;
  fetchedAt: Date;
  /** The user's own label and note for the line (config.lines), when the caller looked them up. */
  label?: string | null;
  note?: string | null;
  /** True when the status comes from the local cache, not from the provider just now. */
  stale?: boolean;
}

/**
 * Accounts whose provider failed while others answered: one error each (it sets the exit code, so it is not a
 * mere warning), and the first one's exit code (null when none failed), so a failing account never hides the
 * others' lines.
 */
export function reportFailures(ctx: Pick<Context, 'describe' | 'error'>, failures: readonly AccountFailure[]): ExitCodeValue | null {
  let first: ExitCodeValue | null = null;
  for (const failure of failures) {
    const reported = ctx.describe(failure.error);
    ctx.error(reported.message, reported.hint);
    first ??= reported.exitCode;
  }
  return first;
}

export interface AccountFailure {
  target: AccountTarget;
  error: unknown;
}

const digitsOnly = (text: string) => text.replace(/[\s()-]/g, '');

/**
 * How well `ref` names `line`: an id beats a number or ICCID, which beat the provider's alias and the user's own
 * label (config.lines, passed in as `label`), any case. 0 = not at all. Every `--line` goes through this, so
 * every command takes the same names.
 */
export function lineMatchRank(ref: string, account: string, line: LineRef, label: string | null = null): number {
  if (ref === line.id || ref === `${account}/${line.id}`) return 3;
  const compact = digitsOnly(ref);
  if (compact !== '' && (compact === line.number || `+${compact}` === line.number || compact === line.iccid)) return 2;
  const words = ref.trim().toLowerCase();
  if (words === '') return 0;
  if (line.alias !== null && line.alias.toLowerCase() === words) return 1;
  if (label !== null && label !== undefined && label.toLowerCase() === words) return 1;
  return 0;
}

/** The user's label of a line (config.lines), or null. */
export function labelOf(config: Pick<Config, 'lines'>, account: string, lineId: string): string | null {
  return own(config.lines, `${account}/${lineId}`)?.label ?? null;
}

async function listTarget(ctx: Pick<Context, 'provider'>, target: AccountTarget): Promise<FoundLine[]> {
  const provider = await ctx.provider(target);
  return (await provider.listLines()).map((line) => ({ target, provider, line }));
}

export async function listAllLines(ctx: Pick<Context, 'provider'>, targets: readonly AccountTarget[]): Promise<FoundLine[]> {
  return (await Promise.all(targets.map((target) => listTarget(ctx, target)))).flat();
}

/** The one line `ref` names across the given accounts; a usage error (exit 2) when none or several match. */
export async function resolveLine(
  ctx: Pick<Context, 'config' | 'provider' | 'spinner' | 't'>,
  targets: readonly AccountTarget[],
  ref: string,
): Promise<FoundLine> {
  return (await resolveLines(ctx, targets, [ref]))[0] as FoundLine;
}

/** Each of `refs` as resolveLine finds it, with the accounts' lines listed once for all of them. */
export async function resolveLines(
  ctx: Pick<Context, 'config' | 'provider' | 'spinner' | 't'>,
  targets: readonly AccountTarget[],
  refs: readonly string[],
): Promise<FoundLine[]> {
  const all = await withProgress(ctx, () => ctx.t['progress.findingLine'](targets.length), () => listAllLines(ctx, targets));
  const config = ctx.config.read();
  return refs.map((ref) => matchLine(ctx, config, all, ref));
}

function matchLine(ctx: Pick<Context, 't'>, config: Config, all: readonly FoundLine[], ref: string): FoundLine {
  let best: FoundLine[] = [];
  let bestRank = 0;
  for (const found of all) {
    const rank = lineMatchRank(ref, found.target.name, found.line, labelOf(config, found.target.name, found.line.id));
    if (rank > bestRank) [best, bestRank] = [[found], rank];
    else if (rank === bestRank && rank > 0) best.push(found);
  }
  if (best.length === 1) return best[0] as FoundLine;
  if (best.length === 0) throw new UsageError(ctx.t['error.invalidLineRef'](ref));
  // The same id (or number) under several accounts: the default account's line, as for every other choice of
  // account; without one among them, the message lists them as --line takes them.
  const preferred = config.defaultAccount;
  const ofDefault = best.filter((f) => f.target.name === preferred);
  if (ofDefault.length === 1) return ofDefault[0] as FoundLine;
  throw new UsageError(ctx.t['error.ambiguousLine'](ref, best.map((f) => `${f.target.name}/${f.line.id}`).join(', ')));
}

/** A line's validity at an instant, by its carrier's grace period and the provider's own flag. */
export function lineValidity(status: LineStatus, at: Date, timeZone: string): Validity {
  return validity({ expiresAt: status.expiresAt, graceDays: status.rules.graceDays, flag: status.flag }, at, timeZone);
}

export function toLineView(target: AccountTarget, status: LineStatus, fetchedAt: Date, timeZone: string, warnDays: number): LineView {
  const v = lineValidity(status, fetchedAt, timeZone);
  return { target, status, validity: v, risk: riskOf(v, warnDays), fetchedAt };
}

export const DEFAULT_CONCURRENCY = 16;

export interface FetchOptions {
  warnDays: number;
  concurrency?: number;
  only?: FoundLine;
  /** Which lines to fetch first: when rate limits or --timeout cut the run short, the first ones are fresh. */
  order?: (found: readonly FoundLine[]) => FoundLine[];
}

/**
 * Status of every line of every target, through a bounded pool, with progress on stderr: first the listing
 * (how many accounts), then each line read (done/total), so the count never shows 0 while lines are listed.
 * An account whose provider fails is reported beside the others' results instead of hiding them.
 */
export function fetchLineViews(
  ctx: Pick<Context, 'now' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  targets: readonly AccountTarget[],
  options: FetchOptions,
): Promise<{ views: LineView[]; failures: AccountFailure[] }> {
  const accounts = options.only ? 1 : targets.length;
  const first = () => (options.only ? ctx.t['progress.reading'](0, 1, 1) : ctx.t['progress.listing'](accounts));
  return withProgress(ctx, first, (update) => fetchWithProgress(ctx, targets, options, (done, total) => update(() => ctx.t['progress.reading'](done, total, accounts))));
}

async function fetchWithProgress(
  ctx: Pick<Context, 'now' | 'provider' | 'timeZone'>,
  targets: readonly AccountTarget[],
  options: FetchOptions,
  onProgress: (done: number, total: number) => void,
): Promise<{ views: LineView[]; failures: AccountFailure[] }> {
  const failures: AccountFailure[] = [];
  let found: FoundLine[];
  if (options.only) {
    found = [options.only];
  } else {
    const listed = await Promise.all(
      targets.map(async (target) => {
        try {
          return await listTarget(ctx, target);
        } catch (error) {
          if (!(error instanceof AccountError)) throw error;
          failures.push({ target, error });
          return [];
        }
      }),
    );
    found = listed.flat();
    if (options.order) found = options.order(found);
  }
  let done = 0;
  onProgress(0, found.length);
  const failed = new Set<string>();
  const results = await mapPool(found, options.concurrency ?? DEFAULT_CONCURRENCY, async ({ target, provider, line }) => {
    try {
      const status = await provider.lineStatus(line.id);
      return toLineView(target, status, ctx.now(), ctx.timeZone, options.warnDays);
    } catch (error) {
      // Only the provider's own failures are per-account; broken local state or a bug stops the command.
      if (!(error instanceof AccountError)) throw error;
      if (!failed.has(target.name)) {
        failed.add(target.name);
        failures.push({ target, error });
      }
      return null;
    } finally {
      onProgress(++done, found.length);
    }
  });
  return { views: results.filter((v): v is LineView => v !== null), failures };
}
