// An RFC 5545 iCalendar writer for `leb remind --ics`: all-day reminder events with a morning alarm. Written by
// hand rather than through a library because the subset is tiny, and every rule that matters (CRLF, folding
// by octets, TEXT escaping) is tested against a real parser.

import { addDays, isLocalDate, type LocalDate } from './dates.js';

export interface ReminderEvent {
  /** Stable across runs (see reminderUid), so re-importing the file updates events instead of duplicating them. */
  uid: string;
  summary: string;
  description: string;
  /** The all-day event falls on this date, in whatever zone the calendar app shows it. */
  date: LocalDate;
}

export interface ReminderCalendarInput {
  events: readonly ReminderEvent[];
  /** Stamped on every event as DTSTAMP; passed in so output is reproducible. */
  now: Date;
  prodId?: string;
}

export const DEFAULT_PROD_ID = '-//leb//leb reminders//EN';

const CRLF = '\r\n';
/** iCalendar (docs/sources.md): content lines SHOULD NOT exceed 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
/** An all-day event starts at local midnight; 9 hours later is a civil hour for a reminder to pop up. */
const ALARM_TRIGGER = 'PT9H';

/** The whole calendar as one string with CRLF line endings, ready to write to a .ics file. */
export function buildReminderCalendar(input: ReminderCalendarInput): string {
  const stamp = utcStamp(input.now);
  assertUniqueUids(input.events);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(input.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...input.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: ReminderEvent, stamp: string): string[] {
  if (!isLocalDate(event.date)) throw new RangeError(`reminder date is not a calendar date (YYYY-MM-DD): ${event.date}`);
  if (event.uid.trim() === '') throw new RangeError('reminder uid must not be empty');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    // DTEND is exclusive (docs/sources.md, iCalendar): a one-day event ends on the next date.
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A reminder should not mark the whole day as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${ALARM_TRIGGER}`,
    // iCalendar requires DESCRIPTION on a DISPLAY alarm: it is the text the alarm shows.
    `DESCRIPTION:${escapeText(event.summary)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

function assertUniqueUids(events: readonly ReminderEvent[]): void {
  const seen = new Set<string>();
  for (const { uid } of events) {
    // Two events with one UID in a file are one event to a calendar app: one of the reminders would vanish.
    if (seen.has(uid)) throw new RangeError(`duplicate reminder uid: ${uid}`);
    seen.add(uid);
  }
}

/** "2026-03-01" → "20260301", the DATE value form. */
function basicDate(date: LocalDate): string {
  return date.replaceAll('-', '');
}

/** UTC "YYYYMMDDTHHMMSSZ", the form DTSTAMP requires. */
function utcStamp(now: Date): string {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('now is an invalid Date');
  const iso = now.toISOString();
  // Years outside 0000-9999 come out as "+012345-..." and have no iCalendar form.
  if (!/^\d{4}-/.test(iso)) throw new RangeError(`now is outside the years iCalendar can express: ${iso}`);
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * TEXT escaping (docs/sources.md, iCalendar): backslash, semicolon and comma get a backslash, any line break becomes
 * "\n". Other control characters are not allowed in TEXT at all, so they are dropped (tab is allowed). A lone
 * UTF-16 surrogate has no UTF-8 form; it becomes U+FFFD here, as it would when written to disk anyway, so the
 * octet count used for folding matches the bytes in the file.
 */
export function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

/**
 * Fold a content line into physical lines of at most 75 octets of UTF-8. A continuation line starts with one
 * space, which counts towards its 75. Folding happens between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/**
 * A UID that is the same every time for the same line, deadline and lead time, so a re-import replaces the
 * event. The line key is encoded injectively (every byte outside [A-Za-z0-9.-] becomes "_" plus two hex digits,
 * "_" itself included), so different lines can never share a UID.
 */
export function reminderUid(lineKey: string, deadlineDate: LocalDate, daysBefore: number): string {
  if (lineKey === '') throw new RangeError('line key must not be empty');
  if (!isLocalDate(deadlineDate)) throw new RangeError(`deadline is not a calendar date (YYYY-MM-DD): ${deadlineDate}`);
  if (!Number.isSafeInteger(daysBefore) || daysBefore < 0) {
    throw new RangeError(`days before must be a non-negative integer, got ${daysBefore}`);
  }
  return `leb-${encodeKey(lineKey)}-${deadlineDate}-${daysBefore}d@leb.local`;
}

function encodeKey(key: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(key)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9.-]/.test(char) ? char : `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
