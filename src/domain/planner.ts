// The renewal planner behind `leb plans --until`: the cheapest sequence of renewals and top-ups that keeps a
// line ACTIVE through a date. The grace period is deliberately left unspent: it is the user's safety margin if a
// payment fails, not a discount.
//
// Every transition is computed by the carrier's own helpers in rules.ts, so the plan cannot drift from what
// the carrier (and the sandbox) will really do. The search is an exact dynamic programme over the expiry day,
// because greedy "best price per day" choices overshoot: with 30 days left to cover, a cheap yearly plan loses
// to a monthly one.

import { fromEpochDay, isIsoWithOffset, isLocalDate, toEpochDay, writtenDate, type LocalDate } from './dates.js';
import { money, type Money } from './money.js';
import {
  expiryAfterRenewal,
  expiryAfterTopup,
  suggestedAmountsMinor,
  validityDaysFor,
  type KeepNumberRules,
  type Plan,
} from './rules.js';

export interface KeepAliveInput {
  rules: KeepNumberRules;
  plans: readonly Plan[];
  /** The line's current expiry (ISO 8601 with offset), or null when it has none yet. */
  expiresAt: string | null;
  /** Today in the provider's calendar. */
  today: LocalDate;
  /** The line must still be active on this date (its expiry date must be on or after it). */
  until: LocalDate;
  /** "THH:MM:SS+HH:MM" appended to dates when the line had no expiry to take a wall time from. */
  fallbackTime: string;
}

export interface KeepAliveStep {
  date: LocalDate;
  action: 'renew' | 'topup';
  /** The plan renewed onto; null for a top-up. */
  planId: string | null;
  amount: Money;
  /** The line's expiresAt once this step is applied. */
  extendsTo: string;
}

export interface KeepAlivePlan {
  steps: KeepAliveStep[];
  total: Money;
  /** The line's expiresAt after the last step (the current one when no step is needed). */
  expiresAt: string;
}

/** One thing the user can buy, reduced to what the search needs. */
interface Action {
  kind: 'renew' | 'topup';
  plan: Plan | null;
  amountMinor: number;
}

/** The best way to finish from one expiry day; `action` is null once `until` is reached. */
interface Best {
  totalMinor: number;
  steps: number;
  finalDay: number;
  action: Action | null;
  nextDay: number;
}

/**
 * The cheapest way to keep a line active through `until`, or null when the catalogue cannot extend validity
 * at all. Ties go to fewer steps, then to the later final expiry, then to catalogue order (plans as given,
 * then top-ups by ascending amount). Throws RangeError on malformed input or a currency mismatch.
 */
export function planKeepAlive(input: KeepAliveInput): KeepAlivePlan | null {
  const { rules, expiresAt, today, until, fallbackTime } = input;
  assertDates(today, until);
  assertTimes(expiresAt, today, fallbackTime);
  const actions = purchasableActions(rules, input.plans);
  const untilDay = toEpochDay(until);

  if (expiresAt !== null && toEpochDay(writtenDate(expiresAt)) >= untilDay) {
    return { steps: [], total: money(0, rules.currency), expiresAt };
  }
  if (actions.length === 0) return null;

  // The first step acts on the real expiry (which may be null or already past); every later state is an expiry
  // day on or after today, written with the same wall time and offset, so a table keyed by day covers them.
  const suffix = expiresAt === null ? fallbackTime : expiresAt.slice(10);
  const firstDate = stepDate(expiresAt, today);
  const firstDay = toEpochDay(firstDate);
  const table = solveBetween(firstDay + 1, untilDay, actions, (day, action) => {
    const on = fromEpochDay(day);
    return dayOf(apply(action, `${on}${suffix}`, on, rules, fallbackTime));
  });
  const lookup = terminalOr(table, untilDay);
  const first = chooseBest(actions, (action) => dayOf(apply(action, expiresAt, firstDate, rules, fallbackTime)), firstDay, lookup);
  if (first === undefined) return null;
  return replay(input, first, lookup);
}

function assertDates(today: LocalDate, until: LocalDate): void {
  if (!isLocalDate(today)) throw new RangeError(`today is not a calendar date (YYYY-MM-DD): ${today}`);
  if (!isLocalDate(until)) throw new RangeError(`until is not a calendar date (YYYY-MM-DD): ${until}`);
  // A plan for a date already gone is a caller's mistake; silently returning "nothing to do" would hide it.
  if (toEpochDay(until) < toEpochDay(today)) throw new RangeError(`until (${until}) is before today (${today})`);
}

function assertTimes(expiresAt: string | null, today: LocalDate, fallbackTime: string): void {
  if (expiresAt !== null && !isIsoWithOffset(expiresAt)) throw new RangeError(`expiresAt is not ISO 8601 with an offset: ${expiresAt}`);
  if (!isIsoWithOffset(`${today}${fallbackTime}`)) throw new RangeError(`fallbackTime is not a "THH:MM:SS+HH:MM" suffix: ${fallbackTime}`);
}

/**
 * Renewals onto each plan, and one top-up per tier at the cheapest amount the carrier accepts for it. Amounts
 * between thresholds buy the same days for more money, so thresholds (raised to the minimum top-up) suffice.
 */
function purchasableActions(rules: KeepNumberRules, plans: readonly Plan[]): Action[] {
  const renewals: Action[] = [];
  for (const plan of plans) {
    if (plan.price.currency !== rules.currency) {
      throw new RangeError(`plan ${plan.id} is priced in ${plan.price.currency}, the carrier's rules in ${rules.currency}`);
    }
    assertPrice(plan.price.minor, `plan ${plan.id}`);
    if (!Number.isInteger(plan.validityDays)) throw new RangeError(`plan ${plan.id} has non-integer validity ${plan.validityDays}`);
    if (plan.validityDays > 0) renewals.push({ kind: 'renew', plan, amountMinor: plan.price.minor });
  }
  const topups: Action[] = [];
  // Suggested amounts are already raised to the minimum top-up, capped at the maximum and distinct.
  for (const amountMinor of suggestedAmountsMinor(rules)) {
    assertPrice(amountMinor, 'recharge tier');
    const days = validityDaysFor(rules, amountMinor);
    if (!Number.isInteger(days)) throw new RangeError(`recharge tier has non-integer validity ${days}`);
    if (days > 0) topups.push({ kind: 'topup', plan: null, amountMinor });
  }
  return [...renewals, ...topups];
}

function assertPrice(minor: number, what: string): void {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`${what} has an invalid amount: ${minor}`);
}

/** The latest date a step can be taken without the line lapsing: its expiry day, or today once that is past. */
function stepDate(expiresAt: string | null, today: LocalDate): LocalDate {
  if (expiresAt === null) return today;
  const expiry = writtenDate(expiresAt);
  return toEpochDay(expiry) > toEpochDay(today) ? expiry : today;
}

function apply(action: Action, expiresAt: string | null, on: LocalDate, rules: KeepNumberRules, fallbackTime: string): string {
  if (action.plan !== null) return expiryAfterRenewal(action.plan, expiresAt, on, fallbackTime);
  // A tier always earns days, so the helper never hands back the (possibly null) old expiry here.
  const after = expiryAfterTopup(rules, expiresAt, action.amountMinor, on, fallbackTime);
  if (after === null) throw new Error('internal: a top-up tier earned no validity');
  return after;
}

function dayOf(iso: string): number {
  return toEpochDay(writtenDate(iso));
}

type Lookup = (day: number) => Best | undefined;

/**
 * Bottom-up over expiry days in [fromDay, untilDay): best(day) = the best action's price plus best(next).
 * Every action moves the expiry strictly later, so each day only depends on days already solved.
 */
function solveBetween(
  fromDay: number,
  untilDay: number,
  actions: readonly Action[],
  next: (day: number, action: Action) => number,
): Map<number, Best> {
  const table = new Map<number, Best>();
  const lookup = terminalOr(table, untilDay);
  for (let day = untilDay - 1; day >= fromDay; day--) {
    const best = chooseBest(actions, (action) => next(day, action), day, lookup);
    if (best !== undefined) table.set(day, best);
  }
  return table;
}

/** Once the expiry reaches `until` there is nothing left to buy. */
function terminalOr(table: ReadonlyMap<number, Best>, untilDay: number): Lookup {
  return (day) => (day >= untilDay ? { totalMinor: 0, steps: 0, finalDay: day, action: null, nextDay: day } : table.get(day));
}

function chooseBest(actions: readonly Action[], next: (action: Action) => number, day: number, lookup: Lookup): Best | undefined {
  let best: Best | undefined;
  for (const action of actions) {
    const nextDay = next(action);
    // The recursion only terminates because expiry moves forward; a carrier rule that breaks that is a bug here.
    if (nextDay <= day) throw new Error(`internal: ${action.kind} did not extend validity from ${fromEpochDay(day)}`);
    const rest = lookup(nextDay);
    if (rest === undefined) continue;
    const candidate: Best = { totalMinor: action.amountMinor + rest.totalMinor, steps: rest.steps + 1, finalDay: rest.finalDay, action, nextDay };
    if (best === undefined || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/** Strictly better only, so the first action in catalogue order keeps a full tie. */
function isBetter(a: Best, b: Best): boolean {
  if (a.totalMinor !== b.totalMinor) return a.totalMinor < b.totalMinor;
  if (a.steps !== b.steps) return a.steps < b.steps;
  return a.finalDay > b.finalDay;
}

/** Walk the chosen actions from the start, producing real ISO expiries through the carrier's helpers. */
function replay(input: KeepAliveInput, first: Best, lookup: Lookup): KeepAlivePlan {
  const { rules, today, fallbackTime } = input;
  const steps: KeepAliveStep[] = [];
  let expiresAt = input.expiresAt;
  let best: Best | undefined = first;

  while (best !== undefined && best.action !== null) {
    const on = stepDate(expiresAt, today);
    const after = apply(best.action, expiresAt, on, rules, fallbackTime);
    if (dayOf(after) !== best.nextDay) throw new Error('internal: replay disagrees with the planned expiry');
    steps.push({
      date: on,
      action: best.action.kind,
      planId: best.action.plan?.id ?? null,
      amount: money(best.action.amountMinor, rules.currency),
      extendsTo: after,
    });
    expiresAt = after;
    best = lookup(best.nextDay);
  }
  if (best === undefined || expiresAt === null) throw new Error('internal: the plan stopped short of its goal');
  return { steps, total: money(first.totalMinor, rules.currency), expiresAt };
}
