// What a carrier's rule means for one tracked line: its expiry, its keep-number deadline, and the estimate
// after a recorded top-up or plan purchase. A tracked line's validity is kept by leb itself from what the user
// confirmed and what was paid since, so everything here is pure and takes today's date as a parameter.
// The same estimate serves a provider that only tops up and never reports validity.

import { addDays, endOfDayIso, toEpochDay, type LocalDate } from '../dates.js';
import type { Money } from '../money.js';
import type { KeepNumberRules } from '../rules.js';
import { addPeriod, laterDate } from './period.js';
import type { Carrier } from './types.js';

/** What leb remembers of a tracked line's validity. Activity-rule lines keep the last event, the others an expiry. */
export interface TrackedValidity {
  /** The expiry date the carrier shows (recharge and plan rules). */
  expiresOn: LocalDate | null;
  /** The last chargeable event (activity rules). */
  lastActivityOn: LocalDate | null;
}

/** The date service (or the number, for activity rules) ends, or null when nothing is known yet. */
export function expiryDate(carrier: Carrier, state: TrackedValidity): LocalDate | null {
  if (carrier.rule.kind === 'activity') return state.lastActivityOn === null ? null : addPeriod(state.lastActivityOn, carrier.rule.every);
  return state.expiresOn;
}

/** A carrier's expiry date as an instant: the end of that day in the carrier's own zone. */
export function expiryIso(carrier: Carrier, date: LocalDate): string {
  return endOfDayIso(date, carrier.timeZone);
}

/**
 * Days between expiry and recycling as leb counts them. Unknown grace counts as none: the deadline shown must
 * never be later than the real one. An activity rule's period already is the number's deadline.
 */
export function countedGraceDays(carrier: Carrier): number {
  return carrier.rule.kind === 'activity' ? 0 : (carrier.graceDays ?? 0);
}

/**
 * The carrier's rule in the shape the planner and quotes use. Tiers whose amount is unknown are left out (no
 * amount can be offered for them); a plan or activity rule has no recharge table.
 */
export function keepNumberRules(carrier: Carrier): KeepNumberRules {
  const rechargeTable =
    carrier.rule.kind === 'recharge'
      ? carrier.rule.tiers.flatMap((t) => (t.minAmountMinor === null ? [] : [{ minAmountMinor: t.minAmountMinor, validityDays: t.days }]))
      : [];
  return {
    currency: carrier.currency,
    graceDays: countedGraceDays(carrier),
    rechargeTable,
    minTopupMinor: carrier.minTopupMinor ?? 1,
    maxTopupMinor: carrier.maxTopupMinor ?? Number.MAX_SAFE_INTEGER,
  };
}

export type RecordedKind = 'topup' | 'renew';

export type Estimate =
  | { moved: true; state: TrackedValidity; expiresOn: LocalDate }
  /** Why the payment does not move the expiry: below every tier, a tier of unknown amount, or no event counted. */
  | { moved: false; reason: 'below-tiers' | 'unknown-tier' | 'not-counted' | 'no-expiry' };

/**
 * The line after a payment made on `paidOn` (the carrier's calendar). Recharge: the best tier reached, counted
 * from the payment day, never shortening. Plan: the period from the purchase day, never shortening. Activity:
 * buying credit or a plan is a chargeable event when the carrier counts it. Counting from the payment day, not
 * from when a slow carrier applies it, keeps the estimate on the early (safe) side.
 */
export function estimateAfterPayment(carrier: Carrier, state: TrackedValidity, kind: RecordedKind, amountMinor: number, paidOn: LocalDate): Estimate {
  const { rule } = carrier;
  if (rule.kind === 'activity') {
    const counted = rule.events.includes(kind === 'renew' ? 'plan' : 'credit');
    if (!counted) return { moved: false, reason: 'not-counted' };
    const lastActivityOn = state.lastActivityOn === null ? paidOn : laterDate(state.lastActivityOn, paidOn);
    return { moved: true, state: { ...state, lastActivityOn }, expiresOn: addPeriod(lastActivityOn, rule.every) };
  }
  let earned: LocalDate | null = null;
  if (rule.kind === 'plan') {
    earned = addPeriod(paidOn, rule.every);
  } else {
    const reached = rule.tiers.filter((t) => t.minAmountMinor !== null && amountMinor >= t.minAmountMinor);
    if (reached.length === 0) return { moved: false, reason: rule.tiers.some((t) => t.minAmountMinor === null) ? 'unknown-tier' : 'below-tiers' };
    earned = addDays(paidOn, Math.max(...reached.map((t) => t.days)));
  }
  const expiresOn = state.expiresOn === null ? earned : laterDate(state.expiresOn, earned);
  return { moved: true, state: { ...state, expiresOn }, expiresOn };
}

/** A recorded chargeable event (a call, an SMS) on an activity-rule line. */
export function afterActivity(state: TrackedValidity, on: LocalDate): TrackedValidity {
  return { ...state, lastActivityOn: state.lastActivityOn === null ? on : laterDate(state.lastActivityOn, on) };
}

export interface Extension {
  kind: RecordedKind;
  /** What to pay; null when the carrier's price is not known. */
  amount: Money | null;
  /** The expiry it would give, paid today. */
  expiresOn: LocalDate;
}

/**
 * The cheapest payment that really moves the line's expiry if paid today: the smallest known tier whose days
 * from today go past the current expiry, the plan when one is due, or the smallest top-up an activity rule
 * counts. Null when no payment can move it (every tier ends sooner, or the carrier counts no payment).
 */
export function cheapestExtension(carrier: Carrier, state: TrackedValidity, today: LocalDate): Extension | null {
  const current = expiryDate(carrier, state);
  const moves = (on: LocalDate) => current === null || toEpochDay(on) > toEpochDay(current);
  const { rule } = carrier;
  const money = (minor: number | null): Money | null => (minor === null ? null : { minor, currency: carrier.currency });
  if (rule.kind === 'plan') {
    const on = addPeriod(today, rule.every);
    return moves(on) ? { kind: 'renew', amount: money(rule.cheapestPlan.priceMinor), expiresOn: on } : null;
  }
  if (rule.kind === 'activity') {
    if (!rule.events.includes('credit')) return null;
    const on = addPeriod(today, rule.every);
    return moves(on) ? { kind: 'topup', amount: money(carrier.minTopupMinor), expiresOn: on } : null;
  }
  const known = rule.tiers
    .filter((t): t is { minAmountMinor: number; days: number } => t.minAmountMinor !== null)
    .map((t) => ({ minor: Math.max(t.minAmountMinor, carrier.minTopupMinor ?? 0), on: addDays(today, t.days) }))
    .filter((t) => (carrier.maxTopupMinor === null || t.minor <= carrier.maxTopupMinor) && moves(t.on))
    .sort((a, b) => a.minor - b.minor || toEpochDay(b.on) - toEpochDay(a.on));
  const best = known[0];
  if (best) return { kind: 'topup', amount: money(best.minor), expiresOn: best.on };
  const unknown = rule.tiers.filter((t) => t.minAmountMinor === null).map((t) => addDays(today, t.days)).filter(moves);
  return unknown[0] ? { kind: 'topup', amount: null, expiresOn: unknown[0] } : null;
}
