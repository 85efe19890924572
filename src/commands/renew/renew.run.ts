import type { Context } from '../../app/context.js';
import { pickLine } from '../../app/pick-line.js';
import { withProgress } from '../../app/progress.js';
import { allTargets } from '../../app/targets.js';
import { chooseMethod, confirmPayment, payAndVerify, printDryRun, printReceipt, readLine, summaryLines, type PaymentResult } from '../../app/payments/flow.js';
import { requireScriptedPayment } from '../../app/payments/precheck.js';
import { statusJson } from '../../app/status-json.js';
import type { FoundLine, LineView } from '../../app/lines.js';
import { UsageError } from '../../errors.js';
import { writtenDate } from '../../domain/dates.js';
import { formatMoney } from '../../domain/money.js';
import { planViews, type PlanView } from '../../domain/plans.js';
import { renewalQuote } from '../../domain/quote.js';
import type { Plan } from '../../domain/rules.js';
import { printJson } from '../../io/output.js';
import type { RenewOptions } from './renew.command.js';

export async function runRenew(ctx: Context, options: RenewOptions): Promise<number> {
  const autoOnly = options.plan === null && options.auto !== null;
  if (!autoOnly && !options.record) requireScriptedPayment(ctx, options.line, [{ flag: '--plan', absent: options.plan === null }], options.dryRun);
  const found = await pickLine(ctx, allTargets(ctx), options.line, 'renew');
  if (found.target.kind === 'manual') {
    const { recordTrackedPayment } = await import('../../app/tracked/record.js');
    return recordTrackedPayment(ctx, found, { kind: 'renew', ...options });
  }
  if (options.record || options.receipt !== null || options.web || options.amount !== null) throw new UsageError(ctx.t['tracked.recordOnlyTracked'](found.line.id));
  if (autoOnly) return switchAutoOnly(ctx, found, options.auto as boolean, options.dryRun);

  const before = await readLine(ctx, found);
  const plans = planViews(await withProgress(ctx, () => ctx.t['progress.plans'](found.line.id), () => found.provider.plans(found.line.id)));
  const plan = options.plan !== null ? findPlanOrFail(ctx, plans, options.plan) : await promptPlan(ctx, plans, before);
  const method = await chooseMethod(ctx, found, before, options.method);
  const quoteFor = (view: LineView) => renewalQuote(view.status, plan, ctx.now(), ctx.timeZone);
  const quote = quoteFor(before);
  const action = ctx.t['pay.action.renew'](plan.id, plan.validityDays);
  const lines = summaryLines(ctx, { before, action, amount: plan.price, method, quote });

  if (options.dryRun) {
    const request = { kind: 'renew', account: found.target.name, line: found.line.id, plan: plan.id, method, ...(options.auto === null ? {} : { autoRenew: options.auto }) };
    await printDryRun(ctx, request, before, quote, lines);
    return 0;
  }
  await confirmPayment(ctx, lines);
  let result: PaymentResult = await payAndVerify(ctx, { found, kind: 'renew', amount: plan.price, method, plan: plan.id }, before, quoteFor);
  if (options.auto !== null) {
    await found.provider.setAutoRenew(found.line.id, options.auto);
    result = { ...result, after: await readLine(ctx, found) };
  }
  await printReceipt(ctx, result);
  return 0;
}

function findPlanOrFail(ctx: Pick<Context, 't'>, plans: readonly Plan[], id: string): Plan {
  const plan = plans.find((p) => p.id === id);
  if (!plan) throw new UsageError(ctx.t['pay.unknownPlan'](id, plans.map((p) => p.id).join(', ')));
  return plan;
}

async function promptPlan(ctx: Pick<Context, 'locale' | 'now' | 'prompter' | 't' | 'timeZone'>, plans: readonly PlanView[], before: LineView): Promise<Plan> {
  if (plans.length === 0) throw new UsageError(ctx.t['plans.none']);
  const current = before.status.plan?.id;
  return ctx.prompter.select(
    ctx.t['pay.pickPlan'],
    plans.map((plan) => {
      const quoteFor = (view: LineView) => renewalQuote(view.status, plan, ctx.now(), ctx.timeZone);
  const quote = quoteFor(before);
      const until = quote.expiresAfter === null ? '' : ` → ${writtenDate(quote.expiresAfter)}`;
      return {
        value: plan as Plan,
        name: `${plan.id}  ${formatMoney(plan.price, ctx.locale)} / ${ctx.t['plans.validityDays'](plan.validityDays)}  (${ctx.t['pay.perDay'](formatMoney(plan.pricePerDay, ctx.locale))})${until}`,
      };
    }),
    plans.find((p) => p.id === current) ?? plans[0],
  );
}

async function switchAutoOnly(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'spinner' | 't' | 'timeZone'>,
  found: FoundLine,
  on: boolean,
  dryRun: boolean,
): Promise<number> {
  if (dryRun) {
    await printJsonOrText(ctx, { dryRun: true, request: { kind: 'auto-renew', account: found.target.name, line: found.line.id, autoRenew: on } }, ctx.t['pay.autoDryRun'](found.line.id, on));
    return 0;
  }
  await found.provider.setAutoRenew(found.line.id, on);
  const after = await readLine(ctx, found);
  await printJsonOrText(ctx, { line: found.line.id, autoRenew: on, after: statusJson(after, ctx.timeZone) }, ctx.t['pay.autoSwitched'](found.line.id, on));
  return 0;
}

async function printJsonOrText(ctx: Pick<Context, 'color' | 'globals' | 'io' | 't'>, data: unknown, text: string): Promise<void> {
  if (ctx.globals.json) await printJson(ctx, data);
  else ctx.io.stderr.write(`${text}\n`);
}
