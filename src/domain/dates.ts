// Calendar dates without time zones, as "YYYY-MM-DD". Day arithmetic goes through epoch days (days since
// 1970-01-01 on the proleptic Gregorian calendar), so DST changes and month or year ends cannot skew it:
// dividing millisecond differences gives 1 instead of 2 across a spring-forward night.

export type LocalDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLocalDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(y, m - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

export function toEpochDay(date: LocalDate): number {
  const match = DATE.exec(date);
  if (!match || !isLocalDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function fromEpochDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone this machine's clock is set to (TZ honoured), as a zone name every function here accepts. Its dates
 * come from Date's local-time getters, which follow the same zone rules as Intl without building an
 * Intl.DateTimeFormat: the first one loads ICU's locale data, a fifth of a `leb status` start
 * (ARCHITECTURE.md, "Start-up"). Only for this module's functions: never hand it to Intl.
 */
export const SYSTEM_TIME_ZONE = 'system';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The parts of the instant last asked for in each zone. A run asks about the same instant (its `now`) for
 * every line, and Intl's formatToParts costs about 80 µs a call: 80 ms of a 1000-line status.
 */
const lastParts = new Map<string, { time: number; parts: Readonly<Record<string, number>> }>();

function partsIn(instant: Date, timeZone: string): Readonly<Record<string, number>> {
  if (timeZone === SYSTEM_TIME_ZONE) {
    return {
      year: instant.getFullYear(),
      month: instant.getMonth() + 1,
      day: instant.getDate(),
      hour: instant.getHours(),
      minute: instant.getMinutes(),
      second: instant.getSeconds(),
    };
  }
  const time = instant.getTime();
  const last = lastParts.get(timeZone);
  if (last !== undefined && last.time === time) return last.parts;
  const parts = intlParts(instant, timeZone);
  lastParts.set(timeZone, { time, parts });
  return parts;
}

function intlParts(instant: Date, timeZone: string): Record<string, number> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** The calendar date an instant falls on in a time zone. */
export function dateIn(instant: Date, timeZone: string): LocalDate {
  const p = partsIn(instant, timeZone);
  const y = String(p.year).padStart(4, '0');
  return `${y}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the zone's offset at that instant, to the second: 2026-11-22T10:30:00+08:00. */
export function isoInZone(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  const date = `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
  return `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(offsetMinutes(instant, timeZone))}`;
}

/**
 * The last second of a zone's calendar day, as ISO with the offset in force then: one second before the next
 * day starts. The next day's start is tried under the offsets in force a day and a half either side, since a
 * clock change at midnight makes that midnight happen twice (the later one counts) or not at all.
 */
export function endOfDayIso(date: LocalDate, timeZone: string): string {
  const next = addDays(date, 1);
  const nextMidnightUtc = Date.parse(`${next}T00:00:00Z`);
  const spread = 36 * 3_600_000;
  const offsets = [offsetMinutes(new Date(nextMidnightUtc - spread), timeZone), offsetMinutes(new Date(nextMidnightUtc + spread), timeZone)];
  const starts = offsets
    .map((offset) => nextMidnightUtc - offset * 60_000)
    .filter((start) => dateIn(new Date(start), timeZone) === next && dateIn(new Date(start - 1000), timeZone) === date);
  const start = starts.length > 0 ? Math.max(...starts) : nextMidnightUtc - offsets[0]! * 60_000;
  return isoInZone(new Date(start - 1000), timeZone);
}

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoWithOffset(text: string): boolean {
  return ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text)) && isLocalDate(text.slice(0, 10));
}

/**
 * The calendar date an ISO timestamp names in the zone it was written in: the provider's own calendar.
 * "2026-12-01T23:59:59+08:00" expires on 2026-12-01 wherever the user is.
 */
export function writtenDate(iso: string): LocalDate {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match || !match[1]) throw new RangeError(`not an ISO 8601 time with offset: ${iso}`);
  return match[1];
}

/** The provider's date of an ISO timestamp for people, or a dash when there is none. */
export function dateOrDash(iso: string | null): string {
  return iso === null ? '—' : writtenDate(iso);
}

/** Shift an ISO timestamp by whole calendar days, keeping its wall time and written offset. */
export function shiftIsoDays(iso: string, days: number): string {
  return addDays(writtenDate(iso), days) + iso.slice(10);
}

/** The calendar date at an instant for a fixed UTC offset such as "+08:00" or "Z". */
export function dateAtOffset(instant: Date, offset: string): LocalDate {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 10);
}

/** The offset an ISO timestamp was written with: "+08:00", or "Z". */
export function writtenOffset(iso: string): string {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match || !match[2]) throw new RangeError(`not an ISO 8601 time with offset: ${iso}`);
  return match[2];
}
