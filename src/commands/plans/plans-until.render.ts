// Pure: a keep-alive plan as the contract's JSON, and as a table plus a total line for people.

import { writtenDate, type LocalDate } from '../../domain/dates.js';
import { formatMoney, toJson } from '../../domain/money.js';
import type { KeepAlivePlan } from '../../domain/planner.js';
import type { Messages } from '../../io/messages/index.js';

export interface UntilJson {
  account: string;
  line: string;
  until: LocalDate;
  /** The keep-number deadline once every step is done. */
  keptUntil: string;
  /** The line's expiry once every step is done. */
  expiresAt: string;
  total: { amount: string; currency: string };
  steps: Array<{
    date: LocalDate;
    action: 'renew' | 'topup';
    plan: string | null;
    amount: { amount: string; currency: string };
    extendsTo: string;
  }>;
}

export function untilJson(input: { account: string; line: string; until: LocalDate; keptUntil: string; plan: KeepAlivePlan }): UntilJson {
  const { plan } = input;
  return {
    account: input.account,
    line: input.line,
    until: input.until,
    keptUntil: input.keptUntil,
    expiresAt: plan.expiresAt,
    total: toJson(plan.total),
    steps: plan.steps.map((step) => ({
      date: step.date,
      action: step.action,
      plan: step.planId,
      amount: toJson(step.amount),
      extendsTo: step.extendsTo,
    })),
  };
}

export interface UntilText {
  t: Messages;
  locale: string;
}

export function untilHead({ t }: UntilText): string[] {
  return [t['plans.until.col.date'], t['plans.until.col.action'], t['plans.until.col.plan'], t['plans.until.col.amount'], t['plans.until.col.extendsTo']];
}

export function untilRows({ t, locale }: UntilText, plan: KeepAlivePlan): string[][] {
  return plan.steps.map((step) => [
    step.date,
    t[`plans.until.action.${step.action}`],
    step.planId ?? '—',
    formatMoney(step.amount, locale),
    writtenDate(step.extendsTo),
  ]);
}

export function untilSummary({ t, locale }: UntilText, line: string, until: LocalDate, plan: KeepAlivePlan, keptUntil: string): string {
  if (plan.steps.length === 0) return t['plans.until.nothing'](line, until, writtenDate(plan.expiresAt), writtenDate(keptUntil));
  return t['plans.until.total'](formatMoney(plan.total, locale), plan.steps.length, writtenDate(keptUntil));
}
