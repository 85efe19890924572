// `leb sandbox clock`: argv → options, then runs in-process on a fixed real clock: the sandbox's "today" moves,
// the carrier follows (days left, grace, recycling, auto-renewal), going back is refused past what it recorded,
// a corrupt clock file is exit 9, and real accounts keep the real clock.

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toSandboxClockOptions } from '../../../src/commands/sandbox/clock.command.js';
import { UsageError } from '../../../src/errors.js';
import { en } from '../../../src/io/messages/en.js';
import { runCli, tempHome } from '../../helpers/cli.js';
import { demoLines, NOW, parseJson, type Json } from '../../helpers/demo-lines.js';

describe('sandbox clock: flags → options', () => {
  it.each([
    [{}, { move: null }],
    [{ advance: '10' }, { move: { kind: 'advance', days: 10 } }],
    [{ advance: '10d' }, { move: { kind: 'advance', days: 10 } }],
    [{ advance: ' 3650 ' }, { move: { kind: 'advance', days: 3650 } }],
    [{ set: '2027-01-31' }, { move: { kind: 'set', date: '2027-01-31' } }],
    [{ set: ' 2026-02-28 ' }, { move: { kind: 'set', date: '2026-02-28' } }],
  ])('%o → %o', (raw, expected) => {
    expect(toSandboxClockOptions(raw, en)).toEqual(expected);
  });

  it.each([
    [{ advance: '0' }, '--advance "0" is not a whole number of days from 1 to 3650'],
    [{ advance: '-5' }, '--advance "-5"'],
    [{ advance: '3651' }, '--advance "3651"'],
    [{ advance: '1.5' }, '--advance "1.5"'],
    [{ advance: 'ten' }, '--advance "ten"'],
    [{ set: '2027-02-30' }, '--set "2027-02-30" is not a date in the form YYYY-MM-DD'],
    [{ set: '31/01/2027' }, '--set "31/01/2027"'],
    [{ advance: '1', set: '2027-01-01' }, '--advance and --set cannot be used together'],
  ])('%o: usage error naming the flag', (raw, message) => {
    expect(() => toSandboxClockOptions(raw, en)).toThrow(UsageError);
    expect(() => toSandboxClockOptions(raw, en)).toThrow(message);
  });
});

describe('sandbox clock', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(argv, { home: home.home, now: NOW, ...extra });
  const clockFile = () => join(home.home, 'sandbox', 'clock.json');
  const lines = () => demoLines({ home: home.home, now: NOW });

  it('shows the real clock at first, then moves forward; --json is {now, today, offsetDays}', async () => {
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--json']))).toEqual({ now: '2026-11-22T12:00:00+08:00', today: '2026-11-22', offsetDays: 0 });
    const shown = await run(['sandbox', 'clock']);
    expect(shown.stdout).toBe('Sandbox today: 2026-11-22 (on the real clock); now 2026-11-22T12:00:00+08:00\n');

    const moved = await run(['sandbox', 'clock', '--advance', '10']);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toBe('Sandbox clock moved: today is 2026-12-02 (10 days ahead of the real clock).\n');
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--advance', '1', '--json']))).toEqual({ now: '2026-12-03T12:00:00+08:00', today: '2026-12-03', offsetDays: 11 });
    expect(statSync(clockFile()).mode & 0o777).toBe(0o600);
  });

  it('--set makes the sandbox today that date in the user zone, and zh-CN says so', async () => {
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--set', '2027-01-31', '--json']))).toMatchObject({ today: '2027-01-31', offsetDays: 70 });
    // 04:00 UTC is still the 21st in Los Angeles: 71 days to the 31st there.
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--set', '2027-01-31', '--json'], { timeZone: 'America/Los_Angeles' }))).toMatchObject({ today: '2027-01-31', offsetDays: 71 });
    const zh = await run(['--lang', 'zh-CN', 'sandbox', 'clock']);
    expect(zh.stdout).toContain('比真实时钟快 71 天');
  });

  it('--sandbox runs count days from the sandbox today; the carrier moves lines into grace, recycles them, and auto-renews', async () => {
    const before = await lines();
    expect(before['Personal']).toMatchObject({ daysLeft: 63, state: 'active' });
    expect(before['Work backup']).toMatchObject({ daysLeft: 6, state: 'active' });

    await run(['sandbox', 'clock', '--advance', '10']);
    const after10 = await lines();
    expect(after10['Personal']).toMatchObject({ daysLeft: 53, expiresAt: before['Personal']!.expiresAt });
    expect(after10['Work backup']).toMatchObject({ daysLeft: -4, state: 'grace' });

    await run(['sandbox', 'clock', '--advance', '30']);
    expect((await lines())['Work backup']).toMatchObject({ state: 'recycled' });

    const travel = before['Travel eSIM']!;
    expect(travel).toMatchObject({ daysLeft: 200, plan: { id: 'yearly', autoRenew: true } });
    await run(['sandbox', 'clock', '--advance', '165']); // 205 days on: the expiry day has passed
    const renewed = (await lines())['Travel eSIM']!;
    expect(renewed).toMatchObject({ state: 'active', daysLeft: 200 + 365 - 205 });
    expect(String(renewed.expiresAt).slice(0, 10)).toBe('2028-06-09');
  });

  it('payments and history under --sandbox are dated by the sandbox clock', async () => {
    await run(['sandbox', 'clock', '--advance', '3']);
    const personal = String((await lines())['Personal']!.line);
    expect((await run(['--sandbox', 'topup', '--line', personal, '--amount', '50', '--yes'])).code).toBe(0);
    const [order] = parseJson(await run(['--sandbox', 'history', '--json']));
    expect(String(order!.createdAt).slice(0, 10)).toBe('2026-11-25');
  });

  it('going back: allowed while nothing is recorded, refused before the latest order with the earliest date and reset as the way out', async () => {
    await run(['sandbox', 'clock', '--advance', '5']);
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--set', '2026-11-20', '--json']))).toMatchObject({ offsetDays: -2 });
    await run(['sandbox', 'clock', '--advance', '7']); // today 2026-11-27
    const personal = String((await lines())['Personal']!.line);
    expect((await run(['--sandbox', 'topup', '--line', personal, '--amount', '50', '--yes'])).code).toBe(0);

    const refused = await run(['sandbox', 'clock', '--set', '2026-11-26']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the sandbox's clock cannot go back before 2026-11-27");
    expect(refused.stderr).toContain('leb sandbox reset');
    expect(JSON.parse(readFileSync(clockFile(), 'utf8'))).toEqual({ version: 1, offsetDays: 5 });
    // Forward is always fine, and back as far as the order itself.
    expect((await run(['sandbox', 'clock', '--advance', '30'])).code).toBe(0);
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--set', '2026-11-27', '--json']))).toMatchObject({ offsetDays: 5 });

    expect((await run(['sandbox', 'reset'])).code).toBe(0);
    expect(parseJson<Json>(await run(['sandbox', 'clock', '--json']))).toMatchObject({ offsetDays: 0 });
  });

  it('a recycled number holds the clock too', async () => {
    await lines();
    await run(['sandbox', 'clock', '--advance', '60']);
    expect((await lines())['Work backup']).toMatchObject({ state: 'recycled' });
    // Work backup expired on 2026-11-28: recycled from 2026-12-29.
    const refused = await run(['sandbox', 'clock', '--set', '2026-12-01']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cannot go back before 2026-12-29');
  });

  it('a corrupt clock file: exit 9 naming it, for --sandbox runs and the clock command; never overwritten; real accounts unaffected', async () => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true, mode: 0o700 });
    writeFileSync(clockFile(), '{"version":1,"offsetDays":"ten"}', { mode: 0o600 });
    for (const argv of [['--sandbox', 'status'], ['sandbox', 'clock'], ['sandbox', 'clock', '--advance', '1']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(9);
      expect(result.stderr).toContain(`${clockFile()} is not a sandbox clock file (offsetDays: expected a whole number)`);
      expect(result.stderr).toContain('leb sandbox reset');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const zh = await run(['--lang', 'zh-CN', '--sandbox', 'status']);
    expect(zh.stderr).toContain('不是沙盒时钟文件');
    expect(readFileSync(clockFile(), 'utf8')).toBe('{"version":1,"offsetDays":"ten"}');
    // `leb sandbox reset` is the way out.
    expect((await run(['sandbox', 'reset'])).code).toBe(0);
    expect((await run(['--sandbox', 'status'])).code).toBe(0);
  });

  it('an account added with --provider sandbox keeps the real clock', async () => {
    expect((await run(['account', 'add', 'demo', '--provider', 'sandbox'])).code).toBe(0);
    const before = parseJson(await run(['status', '--json', '--account', 'demo']));
    await run(['sandbox', 'clock', '--advance', '10']);
    const after = parseJson(await run(['status', '--json', '--account', 'demo']));
    expect(after.map((l) => l.daysLeft)).toEqual(before.map((l) => l.daysLeft));
  });
});
