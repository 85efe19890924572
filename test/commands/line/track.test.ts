import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome, type RunOptions } from '../../helpers/cli.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const NOW = new Date('2026-12-02T04:00:00Z');
const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home, now: NOW, ...extra });

async function addBoth(): Promise<void> {
  expect((await run(['line', 'add', '+852 9123-4567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20', '--label', 'HK card'])).code).toBe(0);
  expect((await run(['line', 'add', '+447700900123', '--carrier', 'giffgaff', '--last-activity', '2026-06-10'])).code).toBe(0);
}

async function statusJson(): Promise<Array<Record<string, unknown>>> {
  const result = await run(['status', '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Array<Record<string, unknown>>;
}

describe('tracked lines', () => {
  it('a CMHK card and a giffgaff SIM: each with its real deadline, most urgent first', async () => {
    await addBoth();
    const [giffgaff, cmhk] = await statusJson();
    // giffgaff: last activity + 6 months, no grace after it.
    expect(giffgaff).toMatchObject({
      account: 'manual', provider: 'manual', line: 'tl_447700900123', number: '+447700900123', carrier: 'giffgaff',
      expiresAt: '2026-12-10T23:59:59+00:00', numberKeptUntil: '2026-12-10T23:59:59+00:00', daysLeft: 8,
      validitySource: 'confirmed', confirmedAt: NOW.toISOString(), state: 'active',
    });
    // CMHK: the expiry plus 30 days of grace, in Hong Kong time.
    expect(cmhk).toMatchObject({
      line: 'tl_85291234567', carrier: 'cmhk-prepaid', label: 'HK card',
      expiresAt: '2026-12-20T23:59:59+08:00', numberKeptUntil: '2027-01-19T23:59:59+08:00', daysLeft: 18, validitySource: 'confirmed',
    });
  });

  it('check and remind treat them like any other line', async () => {
    await addBoth();
    const check = await run(['check', '--json']);
    expect(check.code).toBe(10);
    expect((JSON.parse(check.stdout) as Array<{ line: string }>).map((l) => l.line)).toEqual(['tl_447700900123']);
    const remind = await run(['remind', '--ics', '-']);
    expect(remind.code).toBe(0);
    expect(remind.stdout).toContain('+85291234567');
    expect(remind.stdout).toContain('+447700900123');
  });

  it('keeps its state in a 0600 lines.json and a local manual account', async () => {
    await addBoth();
    expect(statSync(join(home, 'lines.json')).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as { accounts: Record<string, { provider: string }> };
    expect(config.accounts.manual?.provider).toBe('manual');
  });

  it('confirm records what the carrier shows; touch records a chargeable event', async () => {
    await addBoth();
    const later = new Date('2026-12-05T04:00:00Z');
    const confirmed = await run(['line', 'confirm', '+85291234567', '--expires', '2027-06-01', '--balance', '12.5', '--json'], { now: later });
    expect(confirmed.code).toBe(0);
    expect(JSON.parse(confirmed.stdout)).toMatchObject({ expiresAt: '2027-06-01T23:59:59+08:00', balance: { amount: '12.50', currency: 'HKD' }, confirmedAt: later.toISOString() });
    const touched = await run(['line', 'touch', 'tl_447700900123', '--date', '2026-12-01', '--json']);
    expect(JSON.parse(touched.stdout)).toMatchObject({ expiresAt: '2027-06-01T23:59:59+01:00' });
  });

  it('plans --until: the cheapest tiers for CMHK, the event dates for giffgaff', async () => {
    await addBoth();
    const cmhk = JSON.parse((await run(['plans', '--line', 'tl_85291234567', '--until', '2027-06-30', '--json'])).stdout);
    expect(cmhk.total).toEqual({ amount: '100.00', currency: 'HKD' });
    expect(cmhk.steps.map((s: { date: string; action: string }) => [s.date, s.action])).toEqual([['2026-12-20', 'topup'], ['2027-06-18', 'topup']]);
    const giffgaff = JSON.parse((await run(['plans', '--line', 'tl_447700900123', '--until', '2027-06-30', '--json'])).stdout);
    expect(giffgaff.steps.map((s: { date: string; action: string; amount: unknown }) => [s.date, s.action, s.amount])).toEqual([
      ['2026-12-10', 'activity', null],
      ['2027-06-10', 'activity', null],
    ]);
  });

  it.each([
    [['line', 'add', '91234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20'], 'international form'],
    [['line', 'add', '+85291234567', '--carrier', 'nope', '--expires', '2026-12-20'], 'no carrier "nope"'],
    [['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-02-30'], '--expires "2026-02-30" is not a date'],
    [['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid'], 'missing --expires'],
    [['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--last-activity', '2026-11-01'], 'cmhk-prepaid keeps a number until an expiry date'],
    [['line', 'add', '+447700900123', '--carrier', 'giffgaff', '--expires', '2026-12-20'], 'giffgaff keeps a number by activity'],
    [['line', 'add', '+447700900123', '--carrier', 'giffgaff', '--last-activity', '2026-12-25'], 'is in the future'],
  ])('refuses bad input with exit 2, one line, nothing written (%#)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(() => statSync(join(home, 'lines.json'))).toThrow();
  });

  it('refuses a number tracked twice, touch on a recharge carrier, and a sandbox account', async () => {
    await addBoth();
    const twice = await run(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20']);
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringContaining('already tracked as manual/tl_85291234567')]);
    const touch = await run(['line', 'touch', 'tl_85291234567']);
    expect([touch.code, touch.stderr]).toEqual([2, expect.stringContaining('leb topup --line tl_85291234567 --record')]);
    expect((await run(['account', 'add', 'demo', '--provider', 'sandbox'])).code).toBe(0);
    const wrong = await run(['line', 'add', '+85261234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20', '--account', 'demo']);
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('demo is a sandbox account')]);
  });

  it('remove asks, or needs --yes without a terminal', async () => {
    await addBoth();
    expect((await run(['line', 'remove', 'tl_85291234567'])).code).toBe(2);
    expect((await run(['line', 'remove', 'tl_85291234567', '--yes'])).code).toBe(0);
    expect((await statusJson()).map((l) => l.line)).toEqual(['tl_447700900123']);
  });

  it('removing the manual account forgets its tracked lines', async () => {
    await addBoth();
    const removed = await run(['account', 'remove', 'manual', '--yes', '--json']);
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({ removed: 'manual', trackedLines: 2 });
    expect(JSON.parse(readFileSync(join(home, 'lines.json'), 'utf8')).lines).toEqual([]);
    expect((await run(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20'])).code).toBe(0);
  });

  it('a corrupt lines.json is exit 9 naming the file, and left as it is', async () => {
    await addBoth();
    const file = join(home, 'lines.json');
    writeFileSync(file, '{"version": 1, "lines": [{"id": 3}]}');
    for (const argv of [['status'], ['line', 'add', '+85261234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20']]) {
      const result = await run(argv);
      expect(result.code).toBe(9);
      expect(result.stderr).toContain(file);
    }
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "lines": [{"id": 3}]}');
  });

  it('speaks Chinese', async () => {
    const result = await run(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20', '--lang', 'zh-CN']);
    expect(result.stderr).toContain('号码保留至 2027-01-19');
  });
});
