// `leb autopilot plan`: every payment the policies will make over the coming months, from the same daily
// decision `autopilot run` makes (domain/autopilot.ts), against each line as the carrier's rules will move it.
// Totals per month and per currency, each line's budget use, and the lines the policies cannot keep.

import type { Context } from '../../app/context.js';
import { forecast, forecastEnd, spentWithin, type ForecastPayment, type LineForecast } from '../../domain/autopilot.js';
import { formatMoney, sumByCurrency, toJson, type Money } from '../../domain/money.js';
import { journalFor } from '../../app/payments/pay.js';
import { expirySuffix, lineToday, policyStore, spendOf, toKeepPolicy } from '../../app/autopilot/policies.js';
import { readPolicyLines, type PolicyLine } from '../../app/autopilot/policy-lines.js';
import { unkeptReason } from '../../app/autopilot/words.js';
import { AccountError } from '../../providers/account-error.js';
import { printJson } from '../../io/output.js';
import { byCodeUnit } from '../../domain/text-order.js';
import type { AutopilotPlanOptions } from './autopilot.command.js';
import { printForecast, type ForecastLine, type ForecastView } from './plan.render.js';

export async function runAutopilotPlan(
  ctx: Pick<Context, 'color' | 'config' | 'describe' | 'globals' | 'io' | 'locale' | 'note' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: AutopilotPlanOptions,
): Promise<number> {
  const policies = policyStore(ctx).read();
  if (policies.length === 0) {
    if (ctx.globals.json) await printJson(ctx, { payments: [], totals: [], months: [], budgets: [], unkept: [], skipped: [] });
    else ctx.note(ctx.t['autopilot.noPolicies']);
    return 0;
  }
  const orders = journalFor(ctx).orders();
  const lines = await readPolicyLines(ctx, policies);
  const view: ForecastView = { lines: [], unkept: [], skipped: [] };
  for (const line of lines) await forecastLine(ctx, line, options.months, orders, view);
  const payments = view.lines.flatMap((l) => l.payments.map((p) => ({ line: l, payment: p }))).sort((a, b) => byCodeUnit(a.payment.date, b.payment.date));

  if (ctx.globals.json) {
    await printJson(ctx, {
      payments: payments.map(({ line, payment }) => paymentJson(line, payment)),
      totals: sumByCurrency(payments.map((p) => p.payment.amount)).map(toJson),
      months: monthTotals(payments.map((p) => p.payment)).map(({ month, totals }) => ({ month, totals: totals.map(toJson) })),
      budgets: view.lines.filter((l) => l.budget !== null).map(budgetJson),
      unkept: view.unkept,
      skipped: view.skipped,
    });
  } else {
    await printForecast(ctx, view, payments, monthTotals(payments.map((p) => p.payment)));
  }
  return 0;
}

async function forecastLine(
  ctx: Pick<Context, 'describe' | 'locale' | 'now' | 't' | 'timeZone'>,
  line: PolicyLine,
  months: number,
  orders: Parameters<typeof spendOf>[0],
  view: ForecastView,
): Promise<void> {
  const { policy } = line;
  const name = { account: policy.account, line: policy.line, number: policy.number };
  if ('problem' in line) {
    view.unkept.push({ ...name, date: null, reason: line.problem, needed: null });
    return;
  }
  const { status } = line.view;
  if (status.plan?.autoRenew) {
    view.skipped.push({ ...name, reason: ctx.t['autopilot.autoRenew'] });
    return;
  }
  let plans;
  try {
    plans = await line.provider.plans(status.id);
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    view.unkept.push({ ...name, date: null, reason: ctx.describe(error).message, needed: null });
    return;
  }
  const today = lineToday(ctx, status);
  const suffix = expirySuffix(status);
  const keep = toKeepPolicy(ctx, policy, status);
  const spent = spendOf(orders, policy.account, policy.line, suffix);
  const result: LineForecast = forecast(keep, { expiresAt: status.expiresAt, rules: status.rules, plans }, today, forecastEnd(today, months), spent, suffix);
  const currency = status.rules.currency;
  const yearEnd = forecastEnd(today, 12);
  const forecastLine: ForecastLine = {
    ...name,
    label: line.view.label ?? null,
    byHand: line.view.target.kind === 'manual',
    payments: result.payments,
    budget: keep.budget,
    spentLastYear: { minor: spentWithin(spent, today, currency), currency },
    firstYear: sumByCurrency(result.payments.filter((p) => p.date <= yearEnd).map((p) => p.amount))[0] ?? { minor: 0, currency },
  };
  view.lines.push(forecastLine);
  if (result.unkept !== null) {
    let reason = unkeptReason(ctx, result.unkept.reason, result.unkept.needed, keep, result.unkept.spentMinor);
    let yearly: Money | null = null;
    if (result.unkept.reason === 'budget' || result.unkept.reason === 'max') {
      // What it would take: the same forecast without the budget and the cap, over its first year.
      const free = forecast({ ...keep, budget: null, max: null }, { expiresAt: status.expiresAt, rules: status.rules, plans }, today, yearEnd, spent, suffix);
      yearly = sumByCurrency(free.payments.map((p) => p.amount))[0] ?? null;
      if (yearly !== null) reason = ctx.t['autopilot.wouldTake'](reason, formatMoney(yearly, ctx.locale));
    }
    view.unkept.push({ ...name, date: result.unkept.date, reason, needed: result.unkept.needed === null ? null : toJson(result.unkept.needed), yearly: yearly === null ? null : toJson(yearly) });
  }
}

function paymentJson(line: ForecastLine, p: ForecastPayment) {
  return { date: p.date, account: line.account, line: line.line, number: line.number, label: line.label, action: p.action, plan: p.planId, amount: toJson(p.amount), extendsTo: p.extendsTo, byHand: line.byHand };
}

function budgetJson(line: ForecastLine) {
  return { account: line.account, line: line.line, budget: line.budget === null ? null : toJson(line.budget), spentLastYear: toJson(line.spentLastYear), forecastFirstYear: toJson(line.firstYear) };
}

export interface MonthTotal {
  month: string;
  totals: Money[];
}

/** Spend per calendar month (the payment's date), in date order, one sum per currency. */
export function monthTotals(payments: readonly ForecastPayment[]): MonthTotal[] {
  const byMonth = new Map<string, Money[]>();
  for (const p of [...payments].sort((a, b) => byCodeUnit(a.date, b.date))) {
    const month = p.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), p.amount]);
  }
  return [...byMonth].map(([month, amounts]) => ({ month, totals: sumByCurrency(amounts) }));
}
