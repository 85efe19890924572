// `leb autopilot run`, for cron: under one cross-process lock (two overlapping runs pay once), for each policy
// read the line, ask the daily decision (domain/autopilot.ts) and make exactly the payments due today — never
// above the line's --max, never past its yearly budget (counted from the journal), at most one per line per day
// (the journal's batch `autopilot-<date>` says what today's runs already paid). Lines with an unsettled order,
// on auto-renew or tracked by hand are not paid; a line due today that cannot be kept is said loudly, runs the
// hook, and makes the exit code 12. Writes a JSON run report under LEB_HOME/autopilot/.

import { join } from 'node:path';
import type { Context } from '../../app/context.js';
import { ExitCode, InterruptedError, LebError } from '../../errors.js';
import { decide, needsPayment, spentWithin, type Decision } from '../../domain/autopilot.js';
import { daysBetween } from '../../domain/dates.js';
import { formatMoney, formatWireMoney, toDecimalString, toJson } from '../../domain/money.js';
import { AccountError } from '../../providers/account-error.js';
import { unsettledOn, type Order } from '../../store/journal.js';
import { withLock } from '../../store/lock.js';
import { writeFileAtomic } from '../../store/files.js';
import { journalFor, pay } from '../../app/payments/pay.js';
import { defaultMethodOf, orderJson } from '../../app/payments/flow.js';
import { whyNoPrompt } from '../../app/payments/precheck.js';
import { expirySuffix, lineToday, policyStore, reportsDir, spendOf, toKeepPolicy } from '../../app/autopilot/policies.js';
import { readPolicyLines, type PolicyLine } from '../../app/autopilot/policy-lines.js';
import { unkeptReason } from '../../app/autopilot/words.js';
import { shortName } from '../../app/line-names.js';
import { batchOrderFor } from '../../app/bulk/batch.js';
import { UsageError } from '../../errors.js';
import { printJson, printText } from '../../io/output.js';
import { runHook } from '../check/check.hook.js';
import type { AutopilotRunOptions } from './autopilot.command.js';

interface Named {
  account: string;
  line: string;
  number: string | null;
  label: string | null;
}

export interface RunReport {
  date: string;
  dryRun: boolean;
  paid: (ReturnType<typeof orderJson> & { number: string | null; label: string | null })[];
  /** With --dry-run: what would be paid. */
  due: (Named & { action: 'renew' | 'topup'; plan: string | null; amount: { amount: string; currency: string }; extendsTo: string })[];
  skipped: (Named & { reason: string })[];
  unkept: (Named & { reason: string; byHand: boolean })[];
  waiting: (Named & { dueOn: string })[];
}

export async function runAutopilot(ctx: Context, options: AutopilotRunOptions): Promise<number> {
  // Cron's consent is --yes, as for every payment without a terminal; a dry run needs none.
  if (!options.dryRun && !ctx.globals.yes) throw new UsageError(ctx.t['autopilot.needsYes'](ctx.canPrompt ? ctx.t['autopilot.onTerminal'] : whyNoPrompt(ctx)));
  const lockFile = join(ctx.paths.locks, ctx.globals.sandbox ? 'autopilot-sandbox' : 'autopilot');
  return withLock(lockFile, () => runLocked(ctx, options), { waitMs: ctx.lineLockWaitMs, busyMessage: ctx.t['autopilot.busy'] });
}

async function runLocked(ctx: Context, options: AutopilotRunOptions): Promise<number> {
  const policies = policyStore(ctx).read();
  const report: RunReport = { date: ctx.now().toISOString(), dryRun: options.dryRun, paid: [], due: [], skipped: [], unkept: [], waiting: [] };
  const lines = await readPolicyLines(ctx, policies);
  // Read once: under the autopilot's lock, this run is the one paying these lines (each appears once), and
  // pay() reads the journal again under each line's own lock before it sends.
  const run: RunInputs = {
    dryRun: options.dryRun,
    // Only --exec: the exec setting is `leb check`'s hook, written for its variables (LEB_RISK, ...), not these.
    exec: options.exec,
    orders: journalFor(ctx).orders(),
    warnDays: ctx.config.read().settings.warnDays,
  };
  for (const line of lines) {
    if (ctx.signal.aborted) break;
    await runLine(ctx, line, run, report);
  }
  if (!options.dryRun && policies.length > 0) writeFileAtomic(join(reportsDir(ctx), `run-${report.date.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(report, null, 2)}\n`);
  await printReport(ctx, report, policies.length);
  return report.unkept.length > 0 ? ExitCode.notAllDone : ExitCode.ok;
}

interface RunInputs {
  dryRun: boolean;
  exec: string | null;
  orders: readonly Order[];
  warnDays: number;
}

async function runLine(
  ctx: Pick<Context, 'config' | 'debug' | 'describe' | 'env' | 'error' | 'globals' | 'io' | 'lineLockWaitMs' | 'locale' | 'now' | 'onInterrupt' | 'paths' | 'signal' | 't' | 'timeZone' | 'warn'>,
  line: PolicyLine,
  { dryRun, exec, orders, warnDays }: RunInputs,
  report: RunReport,
): Promise<void> {
  const { t } = ctx;
  const { policy } = line;
  const named: Named = { account: policy.account, line: policy.line, number: policy.number, label: 'view' in line ? (line.view.label ?? null) : null };
  const unkept = async (reason: string, byHand = false) => {
    report.unkept.push({ ...named, reason, byHand });
    ctx.error(t['autopilot.unkept'](shortName(named), reason));
    await hook(ctx, exec, 'unkept', named, { LEB_MESSAGE: reason });
  };
  if ('problem' in line) return unkept(line.problem);

  const { status } = line.view;
  if (status.plan?.autoRenew) return void report.skipped.push({ ...named, reason: t['autopilot.autoRenew'] });
  const today = lineToday(ctx, status);
  const keep = toKeepPolicy(ctx, policy, status);
  const early = needsPayment(keep, status.expiresAt, today);
  if (early?.kind === 'kept') return void report.skipped.push({ ...named, reason: t['autopilot.kept'](policy.until ?? '') });
  const suffix = expirySuffix(status);
  const spent = spendOf(orders, policy.account, policy.line, suffix);
  if (early?.kind === 'wait') {
    // Falling due inside the warning window: say now, not on the day, if the policy will not be able to pay.
    if (daysBetween(today, early.dueOn) <= warnDays && line.view.target.kind !== 'manual') {
      try {
        const ahead = decide(keep, { expiresAt: status.expiresAt, rules: status.rules, plans: await line.provider.plans(status.id) }, early.dueOn, spent, suffix);
        if (ahead.kind === 'unkept') return unkept(t['autopilot.upcoming'](early.dueOn, unkeptReason(ctx, ahead.reason, ahead.needed, keep, spentWithin(spent, early.dueOn, status.rules.currency))));
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        ctx.debug(`could not look ahead for ${policy.line}: ${error.message}`);
      }
    }
    return void report.waiting.push({ ...named, dueOn: early.dueOn });
  }

  const batch = `autopilot-${today}`;
  const earlier = batchOrderFor(orders, batch, policy.account, policy.line);
  if (earlier !== null && earlier.status !== 'failed') return void report.skipped.push({ ...named, reason: t['autopilot.paidToday'](earlier.id) });
  const [blocking] = unsettledOn(orders, policy.account, policy.line);
  if (blocking) return unkept(t['bulk.skip.unsettled'](blocking.id));

  let decision: Decision;
  try {
    const plans = await line.provider.plans(status.id);
    decision = decide(keep, { expiresAt: status.expiresAt, rules: status.rules, plans }, today, spent, suffix);
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    return unkept(ctx.describe(error).message);
  }
  if (decision.kind === 'kept') return void report.skipped.push({ ...named, reason: t['autopilot.kept'](policy.until ?? '') });
  if (decision.kind === 'wait') return void report.waiting.push({ ...named, dueOn: decision.dueOn });
  if (decision.kind === 'unkept') return unkept(unkeptReason(ctx, decision.reason, decision.needed, keep, spentWithin(spent, today, status.rules.currency)));

  const due = { ...named, action: decision.action, plan: decision.planId, amount: toJson(decision.amount), extendsTo: decision.extendsTo };
  if (line.view.target.kind === 'manual') {
    const { trackedCarrier } = await import('../../app/tracked/find.js');
    const carrier = trackedCarrier(ctx, policy.account, policy.line);
    return unkept(t['autopilot.byHand'](formatMoney(decision.amount, ctx.locale), carrier.rechargeUrl ?? carrier.name), true);
  }
  if (dryRun) return void report.due.push(due);

  let order: Order;
  try {
    const method = await defaultMethodOf(line.found, status);
    if (method === undefined) return unkept(t['pay.noMethods']);
    order = await pay(ctx, { found: line.found, kind: decision.action, amount: decision.amount, method, plan: decision.planId, batch });
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    if (!(error instanceof AccountError) && !(error instanceof LebError)) throw error;
    return unkept(ctx.describe(error).message);
  }
  if (order.status !== 'succeeded') return unkept(t['bulk.unknown'](order.id));
  report.paid.push({ ...orderJson(order), number: named.number, label: named.label });
  await hook(ctx, exec, 'paid', named, { LEB_ORDER: order.id, LEB_AMOUNT: toDecimalString(decision.amount), LEB_CURRENCY: decision.amount.currency, LEB_EXPIRES_AT: decision.extendsTo, LEB_MESSAGE: t['autopilot.paidLine'](shortName(named), formatMoney(decision.amount, ctx.locale), decision.extendsTo.slice(0, 10)) });
}

async function hook(
  ctx: Pick<Context, 'env' | 'io' | 't' | 'warn'>,
  exec: string | null,
  event: 'paid' | 'unkept',
  named: Named,
  extra: Record<string, string>,
): Promise<void> {
  if (exec === null) return;
  const env = { ...ctx.env, LEB_EVENT: event, LEB_ACCOUNT: named.account, LEB_LINE: named.line, LEB_NUMBER: named.number ?? '', LEB_LABEL: named.label ?? '', ...extra };
  const outcome = await runHook({ command: exec, env, output: ctx.io.stderr });
  if (!outcome.ok) ctx.warn(ctx.t['autopilot.execFailed'](named.line, outcome.reason === 'exit' ? String(outcome.code) : outcome.reason));
}

async function printReport(ctx: Pick<Context, 'color' | 'globals' | 'io' | 'locale' | 'note' | 't'>, report: RunReport, policies: number): Promise<void> {
  const { t } = ctx;
  if (ctx.globals.json) {
    await printJson(ctx, report);
    return;
  }
  if (policies === 0) {
    ctx.note(t['autopilot.noPolicies']);
    return;
  }
  const out: string[] = [];
  for (const order of report.paid) out.push(ctx.color.out.green(t['autopilot.paid'](shortName(order), formatWireMoney(order.amount, ctx.locale), order.id)));
  for (const due of report.due) out.push(t['autopilot.wouldPay'](shortName(due), formatWireMoney(due.amount, ctx.locale), due.plan === null ? t['bulk.action.topup'] : t['bulk.action.renew'](due.plan)));
  for (const s of report.skipped) out.push(t['autopilot.skipped'](shortName(s), s.reason));
  const next = report.waiting.map((w) => w.dueOn).sort()[0];
  if (report.waiting.length > 0 && next !== undefined) out.push(t['autopilot.waiting'](report.waiting.length, next));
  out.push(t['autopilot.summary'](report.paid.length, report.unkept.length));
  await printText(ctx, out.join('\n'));
}
