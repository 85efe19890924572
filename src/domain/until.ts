// `leb plans --until <date>` means "alive through the end of that date in the user's time zone". The planner
// works in the provider's calendar (an expiry is a provider date plus a wall time and offset), so the user's
// date is turned into the first provider date whose expiry instant is no earlier than the end of the user's day.

import { addDays, dateAtOffset, endOfDayIso, toEpochDay, writtenOffset, type LocalDate } from './dates.js';

/**
 * The provider date an expiry must reach. `expirySuffix` is the "THH:MM:SS+HH:MM" the line's expiry is written
 * with (its wall time and offset); `providerToday` is the floor, since the planner refuses dates before it.
 */
/**
 * How far ahead `plans --until` plans: 5 years. Beyond that the exact search grows for minutes and hundreds of
 * megabytes, and no carrier's prices or rules hold that long anyway.
 */
export const UNTIL_HORIZON_YEARS = 5;

/** The last date `--until` accepts, counted from the user's today (5 × 365 days plus the leap days between). */
export function untilHorizon(userToday: LocalDate): LocalDate {
  const [year, month, day] = userToday.split('-').map(Number) as [number, number, number];
  const target = `${String(year + UNTIL_HORIZON_YEARS).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(month === 2 && day === 29 ? 28 : day).padStart(2, '0')}`;
  return target as LocalDate;
}

export function providerUntil(until: LocalDate, userTimeZone: string, expirySuffix: string, providerToday: LocalDate): LocalDate {
  const endOfUserDay = Date.parse(endOfDayIso(until, userTimeZone));
  const offset = writtenOffset(`${until}${expirySuffix}`);
  const candidate = dateAtOffset(new Date(endOfUserDay), offset);
  // The expiry on `candidate` may fall earlier in that day than the user's day ends (an expiry at 00:00, say).
  const reached = Date.parse(`${candidate}${expirySuffix}`) >= endOfUserDay ? candidate : addDays(candidate, 1);
  return toEpochDay(reached) >= toEpochDay(providerToday) ? reached : providerToday;
}
