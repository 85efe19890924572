// What a payment will do, before it is made: the numbers shown in the summary and checked after the provider
// answers. The carrier's own rules (rules.ts) compute them, so the quote and the sandbox always agree; for a
// real provider its answer wins and a difference is reported.

import { dateAtOffset, dateIn, daysBetween, writtenDate, writtenOffset, type LocalDate } from './dates.js';
import { add, type Money } from './money.js';
import { expiryAfterRenewal, expiryAfterTopup, suggestedAmountsMinor, validityDaysFor, type KeepNumberRules, type Plan } from './rules.js';
import { numberKeptUntil } from './validity.js';

export interface LineFacts {
  expiresAt: string | null;
  balance: Money | null;
  rules: KeepNumberRules;
}

export interface Quote {
  balanceAfter: Money | null;
  expiresAfter: string | null;
  keptUntilAfter: string | null;
  /** Days of validity the top-up earns from today; 0 when it only adds balance. */
  validityDays: number;
  /**
   * Days of service really added: from the later of today and the current expiry to the new expiry. 0 when
   * the earned validity ends before the current expiry (a 30-day top-up on a line with 64 days left buys
   * nothing but balance). Null when the line has no expiry to compare with.
   */
  daysAdded: number | null;
}

/** Days between the later of `today` and the old expiry, and the new expiry; never negative. */
export function daysAddedBy(before: string | null, after: string | null, today: LocalDate): number | null {
  if (before === null || after === null) return null;
  const from = writtenDate(before) > today ? writtenDate(before) : today;
  return Math.max(0, daysBetween(from, writtenDate(after)));
}

/** A top-up that leaves the expiry where it is: worth a second question before money moves. */
export function extendsNothing(quote: Quote): boolean {
  return quote.daysAdded === 0;
}

/** "Today" in the provider's calendar: the offset its expiry is written in, else the user's zone. */
export function providerToday(expiresAt: string | null, now: Date, userTimeZone: string): LocalDate {
  return expiresAt === null ? dateIn(now, userTimeZone) : dateAtOffset(now, writtenOffset(expiresAt));
}

/** Time-of-day and offset used for new expiries: the line's own, or end of day UTC when it has none yet. */
export function fallbackSuffix(expiresAt: string | null): string {
  return expiresAt === null ? 'T23:59:59Z' : expiresAt.slice(10);
}

function kept(expiresAt: string | null, rules: KeepNumberRules): string | null {
  return expiresAt === null ? null : numberKeptUntil(expiresAt, rules.graceDays);
}

export function topupQuote(line: LineFacts, amount: Money, now: Date, userTimeZone: string): Quote {
  const today = providerToday(line.expiresAt, now, userTimeZone);
  const expiresAfter = expiryAfterTopup(line.rules, line.expiresAt, amount.minor, today, fallbackSuffix(line.expiresAt));
  return {
    balanceAfter: line.balance === null ? null : add(line.balance, amount),
    expiresAfter,
    keptUntilAfter: kept(expiresAfter, line.rules),
    validityDays: validityDaysFor(line.rules, amount.minor),
    daysAdded: daysAddedBy(line.expiresAt, expiresAfter, today),
  };
}

export function renewalQuote(line: LineFacts, plan: Plan, now: Date, userTimeZone: string): Quote {
  const today = providerToday(line.expiresAt, now, userTimeZone);
  const expiresAfter = expiryAfterRenewal(plan, line.expiresAt, today, fallbackSuffix(line.expiresAt));
  return {
    balanceAfter: line.balance,
    expiresAfter,
    keptUntilAfter: kept(expiresAfter, line.rules),
    validityDays: plan.validityDays,
    daysAdded: daysAddedBy(line.expiresAt, expiresAfter, today),
  };
}

/** How many times the largest suggested amount counts as "far above" it. */
export const LARGE_AMOUNT_FACTOR = 2;

/**
 * A top-up far above anything the carrier suggests is more likely a typo (500 for 50) than an intent: it needs
 * a second, explicit confirmation.
 */
export function isLargeAmount(rules: KeepNumberRules, amount: Money): boolean {
  const largest = Math.max(0, ...suggestedAmountsMinor(rules));
  return largest > 0 && amount.minor > largest * LARGE_AMOUNT_FACTOR;
}

export type AmountRangeProblem = { kind: 'below-min' | 'above-max'; limitMinor: number } | { kind: 'not-offered'; offeredMinor: readonly number[] } | null;

export function amountRangeProblem(rules: KeepNumberRules, amount: Money): AmountRangeProblem {
  if (rules.fixedAmountsMinor && !rules.fixedAmountsMinor.includes(amount.minor)) return { kind: 'not-offered', offeredMinor: rules.fixedAmountsMinor };
  if (amount.minor < rules.minTopupMinor) return { kind: 'below-min', limitMinor: rules.minTopupMinor };
  if (amount.minor > rules.maxTopupMinor) return { kind: 'above-max', limitMinor: rules.maxTopupMinor };
  return null;
}
