import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { NOW, demoLines } from '../../helpers/demo-lines.js';

interface ParsedEvent {
  uid: string;
  date: string;
  allDay: boolean;
  summary: string;
  description: string;
}

/** Parse with a real calendar parser, as a calendar app would. */
function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, date: event.startDate.toString(), allDay: event.startDate.isDate, summary: event.summary, description: event.description };
  });
}

describe('leb remind', () => {
  let home: { home: string; cleanup: () => void };
  let file: string;
  const run = (argv: string[], options: { now?: Date; timeZone?: string } = {}) =>
    runCli(argv, { home: home.home, now: options.now ?? NOW, ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
  beforeEach(() => {
    home = tempHome();
    file = join(home.home, 'out', 'leb.ics');
    mkdirSync(join(home.home, 'out'));
  });
  afterEach(() => home.cleanup());

  it('--sandbox writes a calendar a parser accepts, with reminders before every deadline', async () => {
    const result = await run(['--sandbox', 'remind', '--ics', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Wrote 11 reminders for 4 lines');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = parseCalendar(text);
    expect(events).toHaveLength(11);
    expect(new Set(events.map((e) => e.uid)).size).toBe(11);

    const lines = await demoLines({ home: home.home, now: NOW });
    for (const line of Object.values(lines)) {
      const deadline = String(line.numberKeptUntil).slice(0, 10);
      const mine = events.filter((e) => e.uid.includes(String(line.line).replace('_', '_5F')));
      expect(mine.length).toBeGreaterThan(0);
      for (const event of mine) {
        expect(event.allDay).toBe(true);
        // Before the deadline, never in the past (today in Hong Kong is 2026-11-22).
        expect(event.date < deadline).toBe(true);
        expect(event.date >= '2026-11-22').toBe(true);
        expect(event.description).toContain(`leb --sandbox renew --line ${String(line.line)}`);
        expect(event.description).toContain(deadline);
        expect(event.summary).toContain(String(line.alias));
      }
    }
    // The line in grace (deadline 2026-12-17): the 30-day reminder would be 2026-11-17, already past.
    const grace = events.filter((e) => e.summary.includes('Old Shenzhen SIM'));
    expect(grace.map((e) => [e.date, e.summary.split(' left')[0]])).toEqual([
      ['2026-12-10', '7 days'],
      ['2026-12-16', '1 day'],
    ]);
  });

  it('keeps UIDs stable across runs, so re-importing updates instead of duplicating', async () => {
    await run(['--sandbox', 'remind', '--ics', file]);
    const first = parseCalendar(readFileSync(file, 'utf8')).map((e) => e.uid);
    await run(['--sandbox', 'remind', '--ics', file], { now: new Date(NOW.getTime() + 3_600_000) });
    const second = parseCalendar(readFileSync(file, 'utf8')).map((e) => e.uid);
    expect(second).toEqual(first);
  });

  it('gives recycled lines no reminders', async () => {
    await run(['--sandbox', 'status']);
    const later = new Date('2026-12-20T04:00:00Z');
    expect((await run(['--sandbox', 'status', '--json'], { now: later })).stdout).toContain('"recycled"');
    const result = await run(['--sandbox', 'remind', '--ics', '-'], { now: later });
    expect(result.code).toBe(0);
    const events = parseCalendar(result.stdout);
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => e.summary.includes('Old Shenzhen SIM'))).toBe(false);
  });

  it('--ics - writes the calendar to stdout, and --warn-days picks the lead times', async () => {
    const result = await run(['--sandbox', 'remind', '--ics', '-', '--warn-days', '0']);
    expect(result.code).toBe(0);
    const events = parseCalendar(result.stdout);
    expect(events).toHaveLength(4);
    const lines = await demoLines({ home: home.home, now: NOW });
    expect(events.map((e) => e.date).sort()).toEqual(Object.values(lines).map((l) => String(l.numberKeptUntil).slice(0, 10)).sort());
    expect(events[0]?.summary).toMatch(/^Last day to keep /);
  });

  it("dates the event on the user's own calendar day of the deadline", async () => {
    // 2026-12-17T23:59:59+08:00 is already 2026-12-18 in Kiritimati (UTC+14), still 2026-12-17 in Los Angeles.
    const east = parseCalendar((await run(['--sandbox', 'remind', '--ics', '-', '--warn-days', '0'], { timeZone: 'Pacific/Kiritimati' })).stdout);
    const west = parseCalendar((await run(['--sandbox', 'remind', '--ics', '-', '--warn-days', '0'], { timeZone: 'America/Los_Angeles' })).stdout);
    const grace = (events: ParsedEvent[]) => events.find((e) => e.summary.includes('Old Shenzhen SIM'));
    expect(grace(east)?.date).toBe('2026-12-18');
    expect(grace(west)?.date).toBe('2026-12-17');
    // Same deadline, same UID, wherever the user is.
    expect(grace(east)?.uid).toBe(grace(west)?.uid);
  });

  it('--json reports what was written', async () => {
    const result = await run(['--sandbox', '--json', 'remind', '--ics', file]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { file: string; events: Array<{ uid: string; date: string }> };
    expect(report.file).toBe(file);
    expect(report.events).toHaveLength(11);
    expect((await run(['--sandbox', '--json', 'remind', '--ics', '-'])).code).toBe(2);
  });

  it.each([['x'], [''], ['7,-1'], ['1.5']])('bad --warn-days %j: exit 2, one clear line, nothing written', async (value) => {
    writeFileSync(file, 'previous');
    const result = await run(['--sandbox', 'remind', '--ics', file, `--warn-days=${value}`]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')[0]).toContain('--warn-days');
    expect(readFileSync(file, 'utf8')).toBe('previous');
  });

  it('a missing directory is exit 2 naming it, and leaves no temporary file', async () => {
    const result = await run(['--sandbox', 'remind', '--ics', join(home.home, 'nope', 'leb.ics')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(home.home, 'nope'));
    expect(existsSync(join(home.home, 'nope'))).toBe(false);
  });

  it('does not touch the mode of the directory the user chose', async () => {
    const dir = join(home.home, 'out');
    const before = statSync(dir).mode & 0o777;
    await run(['--sandbox', 'remind', '--ics', file]);
    expect(statSync(dir).mode & 0o777).toBe(before);
  });
});
