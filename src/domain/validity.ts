// Validity and the keep-number deadline. A line's service ends at `expiresAt`; the carrier recycles the
// number `graceDays` later (`numberKeptUntil`). Keeping that deadline in the future is the point of leb.

import { daysBetween, shiftIsoDays, dateIn, writtenDate, type LocalDate } from './dates.js';

export type LineState = 'active' | 'grace' | 'expired' | 'recycled' | 'inactive' | 'unknown';

/** What the provider itself says about the line, which beats what the dates alone suggest. */
export type ProviderLineFlag = 'recycled' | 'inactive' | 'expired' | null;

export type Risk = 'ok' | 'warning' | 'critical' | 'lost';

export interface ValidityInput {
  /** ISO 8601 with offset, or null when the provider does not know (an eSIM never activated, say). */
  expiresAt: string | null;
  graceDays: number;
  flag: ProviderLineFlag;
}

export interface Validity {
  state: LineState;
  /** Whole calendar days from today (user's zone) to the expiry date (provider's calendar). */
  daysLeft: number | null;
  numberKeptUntil: string | null;
  /** Days until the number is recycled; negative once it has been. */
  daysToDeadline: number | null;
}

/** Today's calendar date for the user. */
export function today(now: Date, timeZone: string): LocalDate {
  return dateIn(now, timeZone);
}

export function numberKeptUntil(expiresAt: string, graceDays: number): string {
  return shiftIsoDays(expiresAt, graceDays);
}

/**
 * The rule the contract states: take today as a date in the user's zone and the expiry as the date the
 * provider wrote (its own calendar), then count calendar days between them. 0 = expires today.
 */
export function daysLeft(expiresAt: string, now: Date, timeZone: string): number {
  return daysBetween(today(now, timeZone), writtenDate(expiresAt));
}

export function validity(input: ValidityInput, now: Date, timeZone: string): Validity {
  if (input.flag === 'inactive' && input.expiresAt === null) {
    return { state: 'inactive', daysLeft: null, numberKeptUntil: null, daysToDeadline: null };
  }
  if (input.expiresAt === null) {
    const state: LineState = input.flag === 'recycled' ? 'recycled' : input.flag === 'expired' ? 'expired' : 'unknown';
    return { state, daysLeft: null, numberKeptUntil: null, daysToDeadline: null };
  }
  const left = daysLeft(input.expiresAt, now, timeZone);
  const keptUntil = numberKeptUntil(input.expiresAt, input.graceDays);
  const toDeadline = daysLeft(keptUntil, now, timeZone);
  return { state: stateOf(input, left, toDeadline), daysLeft: left, numberKeptUntil: keptUntil, daysToDeadline: toDeadline };
}

function stateOf(input: ValidityInput, left: number, toDeadline: number): LineState {
  // A carrier with a known grace period recycles the number when it ends; without one (graceDays 0, as for
  // data eSIMs) a lapsed line is only expired until the provider says otherwise.
  if (input.flag === 'recycled' || (input.graceDays > 0 && toDeadline < 0)) return 'recycled';
  if (input.flag === 'inactive') return 'inactive';
  if (left >= 0 && input.flag !== 'expired') return 'active';
  // Past its expiry date: inside the grace period when the carrier has one, else simply expired.
  return input.graceDays > 0 && toDeadline >= 0 ? 'grace' : 'expired';
}

/** How worried to be: drives colour and the `check` exit code. */
export function riskOf(v: Validity, warnDays: number): Risk {
  switch (v.state) {
    case 'recycled':
      return 'lost';
    case 'grace':
    case 'expired':
      return 'critical';
    case 'active':
      return v.daysLeft !== null && v.daysLeft <= warnDays ? 'warning' : 'ok';
    default:
      return 'ok';
  }
}

interface Sortable {
  state: LineState;
  numberKeptUntil: string | null;
}

/**
 * Most urgent first: ascending keep-number deadline. Recycled lines (nothing left to save) go last, and lines
 * without a deadline (inactive, unknown) just before them.
 */
export function byUrgency(a: Sortable, b: Sortable): number {
  const rank = (s: Sortable) => (s.state === 'recycled' ? 2 : s.numberKeptUntil === null ? 1 : 0);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (a.numberKeptUntil === null || b.numberKeptUntil === null) return 0;
  return Date.parse(a.numberKeptUntil) - Date.parse(b.numberKeptUntil);
}

/** Share of the validity window still ahead, 0..1, for the small bar in the status table. */
export function remainingShare(daysLeftValue: number | null, periodDays: number): number {
  if (daysLeftValue === null || periodDays <= 0) return 0;
  return Math.max(0, Math.min(1, daysLeftValue / periodDays));
}
