// Bulk `topup`/`renew`: read the selected lines, show one plan (per line the action, cost and new expiry; the
// lines skipped and why; one total per currency), one confirmation, then pay line by line through the journal
// with bounded concurrency, and end with a result per line. Every payment goes through pay(): the line's lock,
// its earlier orders settled, the intent written before sending, recorded under this run's batch id so that a
// rerun skips what the batch already paid.

import type { Context } from '../context.js';
import { ExitCode, InterruptedError, LebError, type ExitCodeValue } from '../../errors.js';
import { dateIn } from '../../domain/dates.js';
import { fetchLineViews, reportFailures } from '../lines.js';
import { attachNotes } from '../line-notes.js';
import { selectLines, type LineSelection } from '../line-selection.js';
import { sortByUrgency } from '../status-json.js';
import { allTargets } from '../targets.js';
import { mapPool } from '../pool.js';
import { withProgress } from '../progress.js';
import { journalFor, pay } from '../payments/pay.js';
import { requireScriptedPayment } from '../payments/precheck.js';
import type { Order } from '../../store/journal.js';
import { AccountError } from '../../providers/account-error.js';
import { batchId } from './batch.js';
import { planLine, type BulkRequest, type PlannedPayment, type SkippedLine } from './plan.js';
import { printBulkResults, printBulkPlan, planTotals, type BulkResult } from './render.js';

export interface BulkOptions extends BulkRequest {
  selection: LineSelection;
  dryRun: boolean;
  /** Payments at once; null: DEFAULT_PAY_CONCURRENCY. */
  concurrency: number | null;
}

/** Few at once: providers rate-limit payments harder than reads, and a person can follow the progress. */
export const DEFAULT_PAY_CONCURRENCY = 4;
const PLAN_CONCURRENCY = 8;

export async function runBulk(ctx: Context, options: BulkOptions): Promise<number> {
  const { t } = ctx;
  // Refused before anything is read: a script must say yes (or ask for a dry run).
  requireScriptedPayment(ctx, null, [], options.dryRun);
  const targets = allTargets(ctx);
  const config = ctx.config.read();
  const fetched = await fetchLineViews(ctx, targets, { warnDays: config.settings.warnDays });
  const failureCode = reportFailures(ctx, fetched.failures);
  const selected = sortByUrgency(selectLines(attachNotes(fetched.views, config), options.selection));

  const batch = batchId({
    kind: options.kind,
    selection: options.selection,
    amount: options.amount,
    plan: options.plan,
    method: options.method,
    account: ctx.globals.account,
    sandbox: ctx.globals.sandbox,
    today: dateIn(ctx.now(), ctx.timeZone),
  });
  const orders = journalFor(ctx).orders();
  const items = await withProgress(ctx, () => t['bulk.planning'](0, selected.length), (update) => {
    let done = 0;
    return mapPool(selected, PLAN_CONCURRENCY, async (view) => {
      const item = await planLine(ctx, view, options, batch, orders);
      const count = ++done;
      update(() => t['bulk.planning'](count, selected.length));
      return item;
    });
  });
  const planned = items.flatMap((item) => ('pay' in item ? [item.pay] : []));
  const skipped = items.flatMap((item) => ('skip' in item ? [item.skip] : []));

  if (options.dryRun || planned.length === 0) {
    await printBulkPlan(ctx, { batch, planned, skipped, dryRun: options.dryRun, toStdout: true, matched: selected.length });
    return exitCode([], skipped, failureCode);
  }
  await printBulkPlan(ctx, { batch, planned, skipped, dryRun: false, toStdout: false, matched: selected.length });
  await confirmBulk(ctx, planned);

  const results = await payAll(ctx, planned, batch, options.concurrency ?? DEFAULT_PAY_CONCURRENCY);
  await printBulkResults(ctx, { batch, planned, skipped, results });
  return exitCode(results, skipped, failureCode);
}

async function confirmBulk(ctx: Pick<Context, 'canPrompt' | 'globals' | 'locale' | 'prompter' | 't'>, planned: readonly PlannedPayment[]): Promise<void> {
  if (!ctx.canPrompt || ctx.globals.yes) return;
  const totals = planTotals(ctx, planned);
  const sure = await ctx.prompter.confirm(ctx.t['bulk.confirm'](totals, planned.length), false);
  if (!sure) throw new LebError(ExitCode.cancelled, ctx.t['pay.cancelled']);
}

async function payAll(
  ctx: Pick<Context, 'debug' | 'describe' | 'globals' | 'lineLockWaitMs' | 'now' | 'onInterrupt' | 'paths' | 'signal' | 'spinner' | 't' | 'warn'>,
  planned: readonly PlannedPayment[],
  batch: string,
  concurrency: number,
): Promise<BulkResult[]> {
  const { t } = ctx;
  const inFlight = new Set<string>();
  // Ctrl-C: what was sent is for `leb reconcile`; the rest is for a rerun, which skips what this batch paid.
  // Registered before any payment's own notice, so it is the one said.
  const stopNotice = ctx.onInterrupt(() => t['bulk.interrupted'](inFlight.size, batch));
  try {
    return await withProgress(ctx, () => t['bulk.paying'](0, planned.length), (update) => {
      let done = 0;
      return mapPool(planned, concurrency, async (item): Promise<BulkResult> => {
        inFlight.add(item.view.status.id);
        try {
          const order = await pay(ctx, { found: item.found, kind: kindOf(item), amount: item.amount, method: item.method, plan: item.plan, batch });
          return resultOf(ctx, item, order);
        } catch (error) {
          if (error instanceof InterruptedError) return { item, order: null, error: t['bulk.notSent'], code: ExitCode.interrupted };
          if (!(error instanceof LebError) && !(error instanceof AccountError)) throw error;
          const reported = ctx.describe(error);
          return { item, order: null, error: reported.message, code: reported.exitCode };
        } finally {
          inFlight.delete(item.view.status.id);
          const count = ++done;
          update(() => t['bulk.paying'](count, planned.length));
        }
      });
    });
  } finally {
    stopNotice();
  }
}

const kindOf = (item: PlannedPayment): 'topup' | 'renew' => (item.plan === null ? 'topup' : 'renew');

function resultOf(ctx: Pick<Context, 't'>, item: PlannedPayment, order: Order): BulkResult {
  if (order.status === 'succeeded') return { item, order, error: null, code: null };
  // Pending or unknown: possibly charged; `leb reconcile` learns which. A rerun resends it with its own key.
  return { item, order, error: ctx.t['bulk.unknown'](order.id), code: ExitCode.unknownOutcome };
}

/**
 * 0 when every selected line is done; 12 when some were paid and some not; when none was paid, the exit code
 * every failure shares (what one payment would have exited with), else 12.
 */
export function exitCode(results: readonly BulkResult[], skipped: readonly SkippedLine[], failureCode: ExitCodeValue | null): number {
  const codes = [...results.map((r) => r.code), ...skipped.map((s) => s.code), failureCode].filter((c): c is ExitCodeValue => c !== null);
  if (codes.length === 0) return ExitCode.ok;
  if (codes.includes(ExitCode.interrupted)) return ExitCode.interrupted;
  const paid = results.some((r) => r.code === null);
  if (paid) return ExitCode.notAllDone;
  const distinct = new Set(codes);
  return distinct.size === 1 ? (codes[0] as ExitCodeValue) : ExitCode.notAllDone;
}
