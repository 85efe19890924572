// Keep-alive policies, decided one day at a time. `decide` says what a line needs today under its policy:
// nothing yet (and when it falls due), nothing ever again (kept through its date), one payment, or that the
// policy cannot keep it (its per-payment maximum, its yearly budget, or no purchase extends it). `autopilot run`
// asks it once a day for real; `autopilot plan` asks it for every day of the forecast against a simulated
// line, so the forecast is exactly what a year of daily runs would pay (as long as the carrier behaves as its
// rules say). Pure: dates, money and the carrier's rules in, decisions out.

import { addDays, daysBetween, fromEpochDay, toEpochDay, writtenDate, type LocalDate } from './dates.js';
import { money, type Money } from './money.js';
import { planKeepAlive, type KeepAliveStep } from './planner.js';
import { cheapestRenewal } from './renewal-cost.js';
import { expiryAfterRenewal, expiryAfterTopup, suggestedAmountsMinor, type KeepNumberRules, type Plan } from './rules.js';

export interface KeepPolicy {
  /** Alive through this date (provider's calendar); null: for ever. */
  until: LocalDate | null;
  /** At most this much in any 365 days (BUDGET_WINDOW_DAYS); null: no budget. */
  budget: Money | null;
  /** At most this much in one payment; null: no limit. */
  max: Money | null;
  /** Pay this many days before the expiry day. */
  leadDays: number;
}

export interface PolicyLine {
  expiresAt: string | null;
  rules: KeepNumberRules;
  plans: readonly Plan[];
}

/** A payment counted against the budget, dated in the provider's calendar. */
export interface Spend {
  date: LocalDate;
  amount: Money;
}

/** The budget is a rolling year: what was paid in the 365 days up to and including today. */
export const BUDGET_WINDOW_DAYS = 365;

export type UnkeptReason = 'max' | 'budget' | 'no-way' | 'recycled';

export type Decision =
  | { kind: 'kept' }
  | { kind: 'wait'; dueOn: LocalDate }
  | { kind: 'pay'; action: 'renew' | 'topup'; planId: string | null; amount: Money; extendsTo: string }
  /** `needed`: the least the next payment could cost (its cheapest plan or top-up), when something could. */
  | { kind: 'unkept'; reason: UnkeptReason; needed: Money | null };

/** The day a line's next payment falls due: `leadDays` before its expiry day, or today when it has none. */
export function dueOn(expiresAt: string | null, leadDays: number, today: LocalDate): LocalDate {
  return expiresAt === null ? today : addDays(writtenDate(expiresAt), -leadDays);
}

/** What the policy needs today; checks only dates until a payment is due, so callers can skip reading plans. */
export function needsPayment(policy: KeepPolicy, expiresAt: string | null, today: LocalDate): Decision | null {
  if (policy.until !== null && (toEpochDay(policy.until) < toEpochDay(today) || (expiresAt !== null && writtenDate(expiresAt) >= policy.until))) {
    return { kind: 'kept' };
  }
  const due = dueOn(expiresAt, policy.leadDays, today);
  return toEpochDay(today) < toEpochDay(due) ? { kind: 'wait', dueOn: due } : null;
}

export function spentWithin(spent: readonly Spend[], today: LocalDate, currency: string): number {
  const from = toEpochDay(today) - BUDGET_WINDOW_DAYS;
  const to = toEpochDay(today);
  let total = 0;
  for (const s of spent) {
    const day = toEpochDay(s.date);
    if (s.amount.currency === currency && day > from && day <= to) total += s.amount.minor;
  }
  return total;
}

export function decide(policy: KeepPolicy, line: PolicyLine, today: LocalDate, spent: readonly Spend[], fallbackTime: string, graceDays = line.rules.graceDays): Decision {
  const early = needsPayment(policy, line.expiresAt, today);
  if (early !== null) return early;
  if (line.expiresAt !== null && graceDays > 0 && addDays(writtenDate(line.expiresAt), graceDays) < today) return { kind: 'unkept', reason: 'recycled', needed: null };

  const currency = line.rules.currency;
  const caps: number[] = [];
  if (policy.max !== null) caps.push(policy.max.minor);
  if (policy.budget !== null) caps.push(policy.budget.minor - spentWithin(spent, today, currency));
  const cap = caps.length === 0 ? null : Math.min(...caps);

  const affordable = cap === null ? { rules: line.rules, plans: line.plans } : within(line, cap);
  let step: Step | null = null;
  if (cap === null || cap > 0) {
    if (policy.until === null) {
      step = cheapestPerDay(affordable, line.expiresAt, today, fallbackTime);
    } else {
      const plan = planKeepAlive({ expiresAt: line.expiresAt, today, until: policy.until, fallbackTime, ...affordable });
      // Already alive through the date: kept for good.
      if (plan && plan.steps.length === 0) return { kind: 'kept' };
      const first = plan?.steps[0];
      if (first) step = paidToday(first, line, today, fallbackTime);
    }
  }
  if (step === null) {
    // The least one purchase that extends the line costs: its cheapest plan or smallest earning top-up.
    const least = cheapestRenewal(line.rules, line.plans)?.amount ?? null;
    if (least === null) return { kind: 'unkept', reason: 'no-way', needed: null };
    const reason = policy.max !== null && least.minor > policy.max.minor ? 'max' : 'budget';
    return { kind: 'unkept', reason, needed: least };
  }
  // A top-up paid so early that it would not move the expiry waits a day.
  if (line.expiresAt !== null && writtenDate(step.extendsTo) <= writtenDate(line.expiresAt)) return { kind: 'wait', dueOn: addDays(today, 1) };
  return { kind: 'pay', ...step };
}

interface Step {
  action: 'renew' | 'topup';
  planId: string | null;
  amount: Money;
  extendsTo: string;
}

/**
 * The planner dates a step on the expiry day; paying `leadDays` earlier is what really happens, so the new
 * expiry is worked out for today (a renewal counts from the expiry either way; a top-up from today).
 */
function paidToday(step: KeepAliveStep, line: PolicyLine, today: LocalDate, fallbackTime: string): Step | null {
  const plan = step.planId === null ? null : (line.plans.find((p) => p.id === step.planId) ?? null);
  const extendsTo = plan !== null ? expiryAfterRenewal(plan, line.expiresAt, today, fallbackTime) : expiryAfterTopup(line.rules, line.expiresAt, step.amount.minor, today, fallbackTime);
  return extendsTo === null ? null : { action: step.action, planId: step.planId, amount: step.amount, extendsTo };
}

/**
 * For ever, the purchase with the lowest price per day of validity it really adds (paid today), ties to the
 * smaller payment. A fixed look-ahead would not do: "cheapest for the next 365 days" is one month plus four
 * quarters, month first, and asked again every month it buys a month every time.
 */
function cheapestPerDay(catalogue: { rules: KeepNumberRules; plans: readonly Plan[] }, expiresAt: string | null, today: LocalDate, fallbackTime: string): Step | null {
  const from = expiresAt !== null && writtenDate(expiresAt) > today ? writtenDate(expiresAt) : today;
  let best: (Step & { days: number }) | null = null;
  const consider = (action: Step['action'], planId: string | null, amount: Money, extendsTo: string | null) => {
    if (extendsTo === null) return;
    const days = daysBetween(from, writtenDate(extendsTo));
    if (days <= 0) return;
    const cheaper = best === null || amount.minor * best.days < best.amount.minor * days || (amount.minor * best.days === best.amount.minor * days && amount.minor < best.amount.minor);
    if (cheaper) best = { action, planId, amount, extendsTo, days };
  };
  for (const plan of catalogue.plans) {
    if (plan.validityDays > 0) consider('renew', plan.id, plan.price, expiryAfterRenewal(plan, expiresAt, today, fallbackTime));
  }
  for (const minor of suggestedAmountsMinor(catalogue.rules)) {
    consider('topup', null, money(minor, catalogue.rules.currency), expiryAfterTopup(catalogue.rules, expiresAt, minor, today, fallbackTime));
  }
  if (best === null) return null;
  const { days: _days, ...step } = best as Step & { days: number };
  return step;
}

/** The catalogue without anything dearer than `cap` (minor units). */
function within(line: PolicyLine, cap: number): { rules: KeepNumberRules; plans: Plan[] } {
  const rules: KeepNumberRules = {
    ...line.rules,
    maxTopupMinor: Math.min(line.rules.maxTopupMinor, cap),
    ...(line.rules.fixedAmountsMinor ? { fixedAmountsMinor: line.rules.fixedAmountsMinor.filter((a) => a <= cap) } : {}),
  };
  return { rules, plans: line.plans.filter((p) => p.price.minor <= cap) };
}

export interface ForecastPayment {
  date: LocalDate;
  action: 'renew' | 'topup';
  planId: string | null;
  amount: Money;
  extendsTo: string;
}

export interface LineForecast {
  payments: ForecastPayment[];
  /** The first day the policy could not keep the line, and why; null when it keeps it throughout. */
  unkept: { date: LocalDate; reason: UnkeptReason; needed: Money | null; spentMinor: number } | null;
}

/**
 * Every payment daily decisions would make from `from` through `to`, against the line as the carrier's rules
 * move it: one decision per day, at most one payment per day, as `autopilot run` from cron does.
 */
export function forecast(policy: KeepPolicy, line: PolicyLine, from: LocalDate, to: LocalDate, spent: readonly Spend[], fallbackTime: string): LineForecast {
  const payments: ForecastPayment[] = [];
  const spending = [...spent];
  let expiresAt = line.expiresAt;
  let unkept: LineForecast['unkept'] = null;
  const last = toEpochDay(to);
  for (let day = toEpochDay(from); day <= last; day++) {
    const today = fromEpochDay(day);
    const decision = decide(policy, { ...line, expiresAt }, today, spending, fallbackTime);
    if (decision.kind === 'kept') break;
    if (decision.kind === 'wait') {
      // Nothing changes until the due day: jump there (decide would answer "wait" for every day before it).
      day = Math.max(day, toEpochDay(decision.dueOn) - 1);
      continue;
    }
    if (decision.kind === 'unkept') {
      unkept ??= { date: today, reason: decision.reason, needed: decision.needed, spentMinor: spentWithin(spending, today, line.rules.currency) };
      // Only a budget frees up with time, on the day an old payment leaves the window (unless the number is
      // recycled first); every other reason stays as long as the policy does.
      const next = decision.reason === 'budget' ? nextBudgetDay(spending, day, expiresAt, line.rules.graceDays) : null;
      if (next === null) break;
      day = next - 1;
      continue;
    }
    payments.push({ date: today, action: decision.action, planId: decision.planId, amount: decision.amount, extendsTo: decision.extendsTo });
    spending.push({ date: today, amount: decision.amount });
    expiresAt = decision.extendsTo;
  }
  return { payments, unkept };
}

/** The first day after `day` on which a payment leaves the budget's window, capped at the recycling day. */
function nextBudgetDay(spent: readonly Spend[], day: number, expiresAt: string | null, graceDays: number): number | null {
  let next: number | null = null;
  for (const s of spent) {
    const frees = toEpochDay(s.date) + BUDGET_WINDOW_DAYS;
    if (frees > day && (next === null || frees < next)) next = frees;
  }
  if (next === null) return null;
  if (expiresAt !== null && graceDays > 0) next = Math.min(next, toEpochDay(writtenDate(expiresAt)) + graceDays + 1);
  return Math.max(next, day + 1);
}

/** The same day `months` calendar months later, on the month's last day when it is shorter; minus one day. */
export function forecastEnd(from: LocalDate, months: number): LocalDate {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return addDays(date, -1);
}

/** The default lead time: a provider's own delay, plus the carrier's stated processing time in calendar days. */
export function defaultLeadDays(provider: string, carrierLeadWorkingDays: number | null): number {
  const base = PROVIDER_LEAD_DAYS[provider] ?? 2;
  // Working days → calendar days: a weekend can fall inside any run of five.
  const carrier = carrierLeadWorkingDays === null ? 0 : Math.ceil((carrierLeadWorkingDays * 7) / 5);
  return base + carrier;
}

/**
 * Days before the expiry day to pay, by provider: the sandbox applies payments at once; an HTTP carrier and
 * Airalo confirm within minutes but a day's margin survives one failed cron run; Reloadly's operator top-ups
 * can take a day or two to post; tracked lines are paid by hand, which people put off.
 */
const PROVIDER_LEAD_DAYS: Readonly<Record<string, number>> = { sandbox: 1, http: 2, airalo: 2, reloadly: 3, manual: 3 };

/** A zero in the line's currency, for sums that may be empty. */
export const nothing = (currency: string): Money => money(0, currency);
