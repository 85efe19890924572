// Calendar arithmetic for carrier periods. "6 months" from 31 August is the last day of February: a month is
// added on the calendar and clamped to the month's end, never approximated as 30 days.

import { addDays, fromEpochDay, toEpochDay, type LocalDate } from '../dates.js';
import type { Period } from './types.js';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addMonths(date: LocalDate, months: number): LocalDate {
  toEpochDay(date); // validates
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addPeriod(date: LocalDate, period: Period): LocalDate {
  return period.unit === 'days' ? addDays(date, period.count) : addMonths(date, period.count);
}

export function laterDate(a: LocalDate, b: LocalDate): LocalDate {
  return toEpochDay(a) >= toEpochDay(b) ? a : b;
}

/**
 * The last day to pay so that a recharge applied up to `workingDays` working days later still lands on or
 * before `deadline`. Weekends are skipped; public holidays are not known to leb, so the lead is a minimum.
 */
export function payBy(deadline: LocalDate, workingDays: number): LocalDate {
  let day = toEpochDay(deadline);
  let left = workingDays;
  while (left > 0) {
    day -= 1;
    // 1970-01-01 was a Thursday: epoch day 2 is a Saturday, 3 a Sunday.
    const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return fromEpochDay(day);
}
