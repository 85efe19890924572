// Keep-number rules as data. A carrier extends validity by recharging, by an amount-dependent number of days,
// and never shortens it; after expiry a grace period runs, then the number is recycled.

import { addDays, toEpochDay, writtenDate, type LocalDate } from './dates.js';
import type { Money } from './money.js';

export interface RechargeTier {
  /** The smallest recharge that earns this tier, in minor units of the rules' currency. */
  minAmountMinor: number;
  /** Validity granted from the day of the recharge. */
  validityDays: number;
}

export interface KeepNumberRules {
  currency: string;
  /** Days after expiry before the number is recycled; 0 when the carrier has no grace period. */
  graceDays: number;
  /** Ascending by amount. Empty when top-ups only add balance (data eSIMs). */
  rechargeTable: readonly RechargeTier[];
  /** The smallest and largest amount a single top-up may be, in minor units. */
  minTopupMinor: number;
  maxTopupMinor: number;
  /**
   * When set, the only amounts a top-up may be (a top-up network's fixed denominations), ascending. The
   * recharge table still says what validity each one earns.
   */
  fixedAmountsMinor?: readonly number[];
}

export interface Plan {
  id: string;
  name: string;
  price: Money;
  validityDays: number;
}

/** Days of validity a recharge earns: the best tier whose threshold it reaches, or 0. */
export function validityDaysFor(rules: KeepNumberRules, amountMinor: number): number {
  let days = 0;
  for (const tier of rules.rechargeTable) {
    if (amountMinor >= tier.minAmountMinor) days = Math.max(days, tier.validityDays);
  }
  return days;
}

/**
 * The amounts offered at the prompt: each tier's threshold, raised to the smallest top-up the carrier accepts
 * and dropped when above the largest, so every suggestion is one the carrier will take.
 */
export function suggestedAmountsMinor(rules: KeepNumberRules): number[] {
  if (rules.fixedAmountsMinor) return [...rules.fixedAmountsMinor];
  const amounts = rules.rechargeTable
    .map((t) => Math.max(t.minAmountMinor, rules.minTopupMinor))
    .filter((amount) => amount <= rules.maxTopupMinor);
  return [...new Set(amounts)].sort((a, b) => a - b);
}

/** Keep the wall time and offset of the current expiry (the provider's zone) when moving it to a new date. */
function atDate(expiresAt: string | null, date: LocalDate, fallbackTime: string): string {
  return expiresAt === null ? `${date}${fallbackTime}` : `${date}${expiresAt.slice(10)}`;
}

function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return toEpochDay(a) >= toEpochDay(b) ? a : b;
}

/**
 * Expiry after a top-up made on `today` (provider's calendar): today + the tier's days, never earlier than the
 * current expiry. `fallbackTime` is the "THH:MM:SS+HH:MM" suffix used when the line had no expiry yet.
 */
export function expiryAfterTopup(
  rules: KeepNumberRules,
  expiresAt: string | null,
  amountMinor: number,
  today: LocalDate,
  fallbackTime: string,
): string | null {
  const days = validityDaysFor(rules, amountMinor);
  if (days === 0) return expiresAt;
  const earned = addDays(today, days);
  if (expiresAt === null) return atDate(null, earned, fallbackTime);
  return atDate(expiresAt, laterOf(writtenDate(expiresAt), earned), fallbackTime);
}

/** Expiry after a renewal on `today`: the plan's days counted from the later of today and the current expiry. */
export function expiryAfterRenewal(
  plan: Plan,
  expiresAt: string | null,
  today: LocalDate,
  fallbackTime: string,
): string {
  if (expiresAt === null) return atDate(null, addDays(today, plan.validityDays), fallbackTime);
  const from = laterOf(writtenDate(expiresAt), today);
  return atDate(expiresAt, addDays(from, plan.validityDays), fallbackTime);
}

