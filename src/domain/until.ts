// `leb plans --until <date>` means "alive through the end of that date in the user's time zone". The planner
// works in the provider's calendar (an expiry is a provider date plus a wall time and offset), so the user's
// date is turned into the first provider date whose expiry instant is no earlier than the end of the user's day.

import { addDays, dateAtOffset, endOfDayIso, toEpochDay, writtenOffset, type LocalDate } from './dates.js';

/**
 * The provider date an expiry must reach. `expirySuffix` is the "THH:MM:SS+HH:MM" the line's expiry is written
 * with (its wall time and offset); `providerToday` is the floor, since the planner refuses dates before it.
 */
export function providerUntil(until: LocalDate, userTimeZone: string, expirySuffix: string, providerToday: LocalDate): LocalDate {
  const endOfUserDay = Date.parse(endOfDayIso(until, userTimeZone));
  const offset = writtenOffset(`${until}${expirySuffix}`);
  const candidate = dateAtOffset(new Date(endOfUserDay), offset);
  // The expiry on `candidate` may fall earlier in that day than the user's day ends (an expiry at 00:00, say).
  const reached = Date.parse(`${candidate}${expirySuffix}`) >= endOfUserDay ? candidate : addDays(candidate, 1);
  return toEpochDay(reached) >= toEpochDay(providerToday) ? reached : providerToday;
}
