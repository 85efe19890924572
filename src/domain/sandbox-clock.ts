// The sandbox's clock: the real clock moved by a whole number of days (LEB_HOME/sandbox/clock.json). An offset,
// not a fixed instant, so time still flows in the sandbox between two moves. Pure: the real `now` comes in.

import { dateIn, daysBetween, type LocalDate } from './dates.js';

const DAY_MS = 86_400_000;

/** How far the sandbox's clock may be from the real one, either way: a century. */
export const MAX_CLOCK_OFFSET_DAYS = 36_500;

/** The most one `--advance` moves the clock (ten years). */
export const MAX_ADVANCE_DAYS = 3_650;

export function shiftedNow(real: Date, offsetDays: number): Date {
  return offsetDays === 0 ? real : new Date(real.getTime() + offsetDays * DAY_MS);
}

/** A clock that reads the real one and moves it by the offset (the same function back when there is none). */
export function shiftedClock(real: () => Date, offsetDays: number): () => Date {
  return offsetDays === 0 ? real : () => shiftedNow(real(), offsetDays);
}

export type ClockMove = { kind: 'advance'; days: number } | { kind: 'set'; date: LocalDate };

/** The offset a move asks for: `--advance` adds days, `--set` makes the sandbox's today (in `timeZone`) that date. */
export function offsetAfter(move: ClockMove, currentOffsetDays: number, realNow: Date, timeZone: string): number {
  if (move.kind === 'advance') return currentOffsetDays + move.days;
  return daysBetween(dateIn(realNow, timeZone), move.date);
}

/**
 * The smallest offset at which the sandbox's now is not before `latest` (the last thing the sandbox recorded):
 * the clock may go back, but never to before an order or a recycled number it already holds.
 */
export function earliestOffset(realNow: Date, latest: Date | null): number | null {
  if (latest === null) return null;
  // `+ 0` turns Math.ceil's -0 (less than a day ago) into 0.
  return Math.ceil((latest.getTime() - realNow.getTime()) / DAY_MS) + 0;
}

export type MoveCheck =
  | { ok: true; offsetDays: number }
  | { ok: false; problem: 'too-far'; limit: number }
  | { ok: false; problem: 'before-recorded'; earliestOffsetDays: number };

/**
 * Whether the clock may take this offset. Forward is always allowed (within a century); backward only as far as
 * the latest thing recorded, so no order or recycled number ends up in the sandbox's future.
 */
export function checkOffset(next: number, current: number, floor: number | null): MoveCheck {
  if (Math.abs(next) > MAX_CLOCK_OFFSET_DAYS) return { ok: false, problem: 'too-far', limit: MAX_CLOCK_OFFSET_DAYS };
  if (next < current && floor !== null && next < floor) return { ok: false, problem: 'before-recorded', earliestOffsetDays: Math.max(floor, -MAX_CLOCK_OFFSET_DAYS) };
  return { ok: true, offsetDays: next };
}
