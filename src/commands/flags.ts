// Parsers for flags that several commands share (check, remind, plans --until, status filters, config). Pure:
// text in, value out, a UsageError (exit 2) naming the flag and the fix otherwise. No clock here: "is it in
// the past" needs today, which only the run has.

import { UsageError } from '../errors.js';
import { isLocalDate, type LocalDate } from '../domain/dates.js';
import type { LineState } from '../domain/validity.js';
import type { Messages } from '../io/messages/index.js';

export const MAX_WARN_DAYS = 365;
export const DEFAULT_REMIND_DAYS: readonly number[] = [30, 7, 1];
export const LINE_STATES: readonly LineState[] = ['active', 'grace', 'expired', 'recycled', 'inactive', 'unknown'];

/** A whole number of days, 0..365, in plain ASCII digits; null when it is not one. */
export function parseDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= MAX_WARN_DAYS ? days : null;
}

/** `--warn-days 14` for check. */
export function parseWarnDays(value: string, t: Messages): number {
  const days = parseDays(value);
  if (days === null) throw new UsageError(t['check.invalidWarnDays'](value));
  return days;
}

/** `--warn-days 30,7,1` for remind: distinct lead times, largest first. */
export function parseRemindDays(value: string, t: Messages): number[] {
  const parts = value.split(',');
  const days = parts.map(parseDays);
  if (value.trim() === '' || days.some((d) => d === null)) throw new UsageError(t['remind.invalidWarnDays'](value));
  return [...new Set(days as number[])].sort((a, b) => b - a);
}

/** `--until 2027-12-31`: a real calendar date in the YYYY-MM-DD form. */
export function parseUntil(value: string, t: Messages): LocalDate {
  const trimmed = value.trim();
  if (!isLocalDate(trimmed)) throw new UsageError(t['plans.until.invalid'](value));
  return trimmed;
}

/** `--expiring-within 14d` or `14`. */
export function parseWithin(value: string, t: Messages): number {
  const match = /^\s*(\d{1,4})\s*d?\s*$/i.exec(value);
  if (!match) throw new UsageError(t['status.filter.invalidWithin'](value));
  return Number(match[1]);
}

/** `--state grace` or `--state grace,expired`. */
export function parseStates(value: string, t: Messages): LineState[] {
  const states: LineState[] = [];
  for (const part of value.split(',')) {
    const state = part.trim().toLowerCase();
    if (!(LINE_STATES as readonly string[]).includes(state)) throw new UsageError(t['status.filter.invalidState'](part.trim() || value, LINE_STATES.join(', ')));
    if (!states.includes(state as LineState)) states.push(state as LineState);
  }
  return states;
}
