import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { buildReminderCalendar, escapeText, foldLine, reminderUid, type ReminderEvent } from '../../src/domain/ics.js';

const NOW = new Date('2026-03-05T07:08:09.123Z');

const event = (overrides: Partial<ReminderEvent> = {}): ReminderEvent => ({
  uid: reminderUid('hk-main:+85291234567', '2026-04-30', 7),
  summary: '号码 +852 9123 4567 将在 7 天后被回收',
  description: '请在 2026-04-30 前充值。Top up before 2026-04-30.',
  date: '2026-04-23',
  ...overrides,
});

/** Parse with ical.js, a real RFC 5545 parser (the one Thunderbird uses), and return the events. */
function parseEvents(text: string): { calendar: ICAL.Component; events: ICAL.Event[]; vevents: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, events: vevents.map((v) => new ICAL.Event(v)) };
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

const octets = (s: string) => new TextEncoder().encode(s).length;
/** True when the string has no lone surrogate, i.e. no character was cut in half. */
const wellFormed = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s)) === s;

/** Every structural rule a strict consumer relies on, which a lenient parser may not check. */
function expectWellFormedIcs(text: string): void {
  expect(text).not.toMatch(/(?<!\r)\n/); // no bare LF
  expect(text).not.toMatch(/\r(?!\n)/); // no bare CR
  for (const line of physicalLines(text)) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(wellFormed(line)).toBe(true);
    expect(line).not.toMatch(/^\s{2}/); // a continuation starts with exactly one space
    expect(line).not.toBe('');
  }
}

describe('buildReminderCalendar', () => {
  it('writes the calendar envelope and one complete VEVENT', () => {
    const text = buildReminderCalendar({ events: [event()], now: NOW });
    expectWellFormedIcs(text);
    const lines = physicalLines(text);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//leb//leb reminders//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('DTSTAMP:20260305T070809Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260423');
    expect(lines).toContain('DTEND;VALUE=DATE:20260424');

    const { calendar, events, vevents } = parseEvents(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//leb//leb reminders//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(1);
    const [parsed] = events;
    const [vevent] = vevents;
    if (parsed === undefined || vevent === undefined) throw new Error('no event parsed');
    expect(parsed.uid).toBe('leb-hk-main_3A_2B85291234567-2026-04-30-7d@leb.local');
    expect(parsed.summary).toBe(event().summary);
    expect(parsed.description).toBe(event().description);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-04-23');
    expect(parsed.endDate.isDate).toBe(true);
    expect(parsed.endDate.toString()).toBe('2026-04-24');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-05T07:08:09Z');

    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm).not.toBeNull();
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('PT9H');
    expect(alarm?.getFirstPropertyValue('description')).toBe(event().summary);
  });

  it('writes an empty but valid calendar when there is nothing to remind', () => {
    const text = buildReminderCalendar({ events: [], now: NOW, prodId: '-//Example, Inc.//leb//EN' });
    expectWellFormedIcs(text);
    expect(parseEvents(text).events).toHaveLength(0);
    expect(text).toContain('PRODID:-//Example\\, Inc.//leb//EN\r\n');
    expect(parseEvents(text).calendar.getFirstPropertyValue('prodid')).toBe('-//Example, Inc.//leb//EN');
  });

  it('round-trips commas, semicolons, backslashes, every kind of line break and Chinese text', () => {
    const description = '余额: HK$12.50, 截止; 2026-04-30\n第二行\r\n第三行\rC:\\path\\n not a newline';
    const text = buildReminderCalendar({ events: [event({ description, summary: 'a,b;c\\d' })], now: NOW });
    expectWellFormedIcs(text);
    const [parsed] = parseEvents(text).events;
    expect(parsed?.summary).toBe('a,b;c\\d');
    expect(parsed?.description).toBe('余额: HK$12.50, 截止; 2026-04-30\n第二行\n第三行\nC:\\path\\n not a newline');
  });

  it('folds long Chinese lines at 75 octets without splitting characters, and unfolds to the same text', () => {
    const summary = '保号提醒：'.repeat(30); // 150 characters of 3 octets each
    const description = `${'充值以保留您的号码，'.repeat(20)}🙂🙂🙂 end`;
    const text = buildReminderCalendar({ events: [event({ summary, description })], now: NOW });
    expectWellFormedIcs(text);
    const continuation = physicalLines(text).filter((l) => l.startsWith(' '));
    expect(continuation.length).toBeGreaterThan(5);
    const [parsed] = parseEvents(text).events;
    expect(parsed?.summary).toBe(summary);
    expect(parsed?.description).toBe(description);
  });

  it('keeps events in order with their own dates across month and year ends', () => {
    const dates = ['2026-12-31', '2027-02-28', '2028-02-29'];
    const events = dates.map((date, i) => event({ uid: reminderUid('line', date, i), date }));
    const text = buildReminderCalendar({ events, now: NOW });
    expectWellFormedIcs(text);
    const parsed = parseEvents(text).events;
    expect(parsed.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['2026-12-31', '2027-01-01'],
      ['2027-02-28', '2027-03-01'],
      ['2028-02-29', '2028-03-01'],
    ]);
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('is byte-for-byte reproducible for the same input', () => {
    const input = { events: [event(), event({ uid: 'other@leb.local', date: '2026-04-29' })], now: NOW };
    expect(buildReminderCalendar(input)).toBe(buildReminderCalendar(input));
  });

  it('rejects bad dates, an invalid now, and duplicate UIDs', () => {
    expect(() => buildReminderCalendar({ events: [event({ date: '2026-02-30' })], now: NOW })).toThrow(RangeError);
    expect(() => buildReminderCalendar({ events: [event()], now: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => buildReminderCalendar({ events: [event(), event()], now: NOW })).toThrow(RangeError);
    expect(() => buildReminderCalendar({ events: [event({ uid: ' ' })], now: NOW })).toThrow(RangeError);
  });

  // Any code point, plus the characters that need escaping and halves of surrogate pairs on their own.
  const unit = fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom('\\', ',', ';', '\r', '\n', '\r\n', '中', '🙂', '\uD83D', '\uDE42') },
  );
  const text = fc.string({ unit, maxLength: 300 });
  test.prop([fc.array(fc.record({ summary: text, description: text, day: fc.integer({ min: 0, max: 3_000 }) }), { maxLength: 5 })])(
    'any text round-trips through a real parser within the line limits',
    (raw) => {
      const events = raw.map((r, i) => ({
        uid: reminderUid(`line-${i}`, '2026-01-01', i),
        summary: r.summary,
        description: r.description,
        date: new Date(Date.UTC(2026, 0, 1 + r.day)).toISOString().slice(0, 10),
      }));
      const ics = buildReminderCalendar({ events, now: NOW });
      expectWellFormedIcs(ics);
      const parsed = parseEvents(ics).events;
      expect(parsed).toHaveLength(events.length);
      parsed.forEach((p, i) => {
        const source = events[i];
        if (source === undefined) throw new Error('event count mismatch');
        expect(p.summary).toBe(expectedText(source.summary));
        expect(p.description).toBe(expectedText(source.description));
        expect(p.startDate.toString()).toBe(source.date);
      });
    },
  );
});

/**
 * What survives TEXT: a lone surrogate becomes U+FFFD (judged in the input as given, so dropping a control
 * character between two halves never fuses them into a pair), line breaks normalise to LF, control characters
 * other than tab are dropped.
 */
function expectedText(s: string): string {
  return s
    .replace(/[\uD800-\uDFFF]/g, (ch, offset: number, whole: string) => (isPaired(whole, offset) ? ch : '\uFFFD'))
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code <= 0xdbff) return (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['tab\there', 'tab\there'],
    ['bell\u0007', 'bell'],
    ['中文，全角逗号；全角分号', '中文，全角逗号；全角分号'],
    ['lone \uD83D surrogate \uDE42', 'lone \uFFFD surrogate \uFFFD'],
    ['halves \uD83D\u0000\uDE42 split by a control character', 'halves \uFFFD\uFFFD split by a control character'],
    ['pair 🙂', 'pair 🙂'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it('leaves a 75-octet line alone and folds the 76th octet onto a continuation', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('moves a three-octet character whole to the next line rather than split it', () => {
    const folded = foldLine(`${'x'.repeat(73)}中文`);
    expect(folded).toBe(`${'x'.repeat(73)}\r\n 中文`);
  });

  it('never splits a four-octet character (surrogate pair)', () => {
    const folded = foldLine(`${'x'.repeat(72)}🙂🙂`);
    expect(folded).toBe(`${'x'.repeat(72)}\r\n 🙂🙂`);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 400 })])('unfolds back to the input with every line ≤ 75 octets', (s) => {
    const folded = foldLine(s);
    const lines = folded.split('\r\n');
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(wellFormed(line)).toBe(true);
    }
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(s);
  });
});

describe('reminderUid', () => {
  it('is stable for the same inputs', () => {
    expect(reminderUid('hk-main:line-1', '2026-04-30', 7)).toBe(reminderUid('hk-main:line-1', '2026-04-30', 7));
    expect(reminderUid('hk-main:line-1', '2026-04-30', 7)).toBe('leb-hk-main_3Aline-1-2026-04-30-7d@leb.local');
  });

  it('differs when any input differs', () => {
    const base = reminderUid('a', '2026-04-30', 7);
    expect(reminderUid('b', '2026-04-30', 7)).not.toBe(base);
    expect(reminderUid('a', '2026-05-01', 7)).not.toBe(base);
    expect(reminderUid('a', '2026-04-30', 1)).not.toBe(base);
  });

  it('sanitises to a safe ASCII token without collisions between similar keys', () => {
    const keys = ['a/b', 'a_b', 'a b', 'a_2Fb', '号码', 'a@b', 'a,b;c'];
    const uids = keys.map((k) => reminderUid(k, '2026-04-30', 1));
    expect(new Set(uids).size).toBe(keys.length);
    for (const uid of uids) expect(uid).toMatch(/^leb-[A-Za-z0-9._-]+-2026-04-30-1d@leb\.local$/);
  });

  test.prop([fc.string({ minLength: 1 }), fc.string({ minLength: 1 })])('is injective in the line key', (a, b) => {
    fc.pre(a !== b && new TextDecoder().decode(new TextEncoder().encode(a)) === a && new TextDecoder().decode(new TextEncoder().encode(b)) === b);
    expect(reminderUid(a, '2026-04-30', 3)).not.toBe(reminderUid(b, '2026-04-30', 3));
  });

  it('rejects an empty key, a bad date and a bad lead time', () => {
    expect(() => reminderUid('', '2026-04-30', 1)).toThrow(RangeError);
    expect(() => reminderUid('a', '30/04/2026', 1)).toThrow(RangeError);
    expect(() => reminderUid('a', '2026-04-30', -1)).toThrow(RangeError);
    expect(() => reminderUid('a', '2026-04-30', 1.5)).toThrow(RangeError);
  });
});
