import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { endOfDayIso, toEpochDay, writtenDate, type LocalDate } from '../../../src/domain/dates.js';
import { planKeepAlive } from '../../../src/domain/planner.js';
import { providerToday } from '../../../src/domain/quote.js';
import { providerUntil } from '../../../src/domain/until.js';
import { numberKeptUntil } from '../../../src/domain/validity.js';
import { SANDBOX_PLANS, SANDBOX_RULES } from '../../../src/providers/sandbox/catalogue.js';
import { NOW, demoLines, type Json } from '../../helpers/demo-lines.js';

const A_YEAR_OUT = '2027-11-22';

interface UntilJson {
  account: string;
  line: string;
  until: string;
  keptUntil: string;
  expiresAt: string;
  total: { amount: string; currency: string };
  steps: Array<{ date: string; action: string; plan: string | null; amount: { amount: string; currency: string }; extendsTo: string }>;
}

/**
 * The cheapest cost by exhaustive search over how many of each purchase to make. In the sandbox every step is
 * taken on the expiry day (or today, for a lapsed line), so each purchase adds exactly its days and the order
 * does not matter: a multiset search is a brute force independent of the planner's dynamic programme.
 */
function bruteForceMinor(startDay: number, untilDay: number): number {
  const options = [
    ...SANDBOX_PLANS.map((p) => ({ minor: p.price.minor, days: p.validityDays })),
    ...SANDBOX_RULES.rechargeTable.map((t) => ({ minor: Math.max(t.minAmountMinor, SANDBOX_RULES.minTopupMinor), days: t.validityDays })),
  ];
  let best = Number.POSITIVE_INFINITY;
  const search = (index: number, covered: number, cost: number) => {
    if (cost >= best) return;
    if (covered >= untilDay) {
      best = cost;
      return;
    }
    if (index === options.length) return;
    const option = options[index] as { minor: number; days: number };
    for (let n = 0; covered + (n - 1) * option.days < untilDay; n++) search(index + 1, covered + n * option.days, cost + n * option.minor);
  };
  search(0, startDay, 0);
  return best;
}

function minorOf(amount: { amount: string }): number {
  return Math.round(Number(amount.amount) * 100);
}

describe('leb plans --until', () => {
  let home: { home: string; cleanup: () => void };
  const run = (argv: string[], timeZone = 'Asia/Hong_Kong', now = NOW) => runCli(argv, { home: home.home, now, timeZone });
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  for (const timeZone of ['Asia/Hong_Kong', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    it(`gives the planner's provably cheapest sequence for every demo line, a year out (${timeZone})`, async () => {
      const lines = await demoLines({ home: home.home, now: NOW, timeZone });
      for (const line of Object.values(lines) as Json[]) {
        const result = await run(['--sandbox', 'plans', '--line', String(line.line), '--until', A_YEAR_OUT, '--json'], timeZone);
        expect(result.code, result.stderr).toBe(0);
        const plan = JSON.parse(result.stdout) as UntilJson;

        // What the planner says for the same inputs, converted the documented way.
        const expiresAt = String(line.expiresAt);
        const today = providerToday(expiresAt, NOW, timeZone);
        const until = providerUntil(A_YEAR_OUT, timeZone, expiresAt.slice(10), today);
        const expected = planKeepAlive({ rules: SANDBOX_RULES, plans: SANDBOX_PLANS, expiresAt, today, until, fallbackTime: 'T23:59:59Z' });
        expect(expected).not.toBeNull();
        expect(plan).toEqual({
          account: 'sandbox',
          line: line.line,
          until: A_YEAR_OUT,
          keptUntil: numberKeptUntil(expected!.expiresAt, SANDBOX_RULES.graceDays),
          expiresAt: expected!.expiresAt,
          total: { amount: (expected!.total.minor / 100).toFixed(2), currency: 'HKD' },
          steps: expected!.steps.map((s) => ({
            date: s.date,
            action: s.action,
            plan: s.planId,
            amount: { amount: (s.amount.minor / 100).toFixed(2), currency: 'HKD' },
            extendsTo: s.extendsTo,
          })),
        });

        // Alive through the end of that date where the user is, and the steps add up.
        expect(Date.parse(plan.expiresAt)).toBeGreaterThanOrEqual(Date.parse(endOfDayIso(A_YEAR_OUT, timeZone)));
        expect(plan.steps.reduce((sum, s) => sum + minorOf(s.amount), 0)).toBe(minorOf(plan.total));
        expect(plan.steps.at(-1)?.extendsTo).toBe(plan.expiresAt);

        // And nothing cheaper exists.
        const start = Math.max(toEpochDay(writtenDate(expiresAt)), toEpochDay(today));
        expect(minorOf(plan.total)).toBe(bruteForceMinor(start, toEpochDay(until)));
      }
    });
  }

  it('a date already covered needs no step', async () => {
    const travel = (await demoLines({ home: home.home, now: NOW }))['Travel eSIM'] as Json;
    const result = await run(['--sandbox', 'plans', '--line', String(travel.line), '--until', '2027-06-10', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ steps: [], total: { amount: '0.00', currency: 'HKD' }, keptUntil: travel.numberKeptUntil });
    const text = await run(['--sandbox', 'plans', '--line', String(travel.line), '--until', '2027-06-10']);
    expect(text.stdout).toContain('nothing to pay');
  });

  it('--until means the end of that day in the user\'s zone: one more provider day west of Hong Kong', async () => {
    const travel = String(((await demoLines({ home: home.home, now: NOW }))['Travel eSIM'] as Json).line);
    // Expires 2027-06-10T23:59:59+08:00: through 2027-06-10 in Hong Kong, not through its end in Los Angeles.
    const hk = JSON.parse((await run(['--sandbox', 'plans', '--line', travel, '--until', '2027-06-10', '--json'])).stdout) as UntilJson;
    const la = JSON.parse((await run(['--sandbox', 'plans', '--line', travel, '--until', '2027-06-10', '--json'], 'America/Los_Angeles')).stdout) as UntilJson;
    expect(hk.steps).toEqual([]);
    expect(la.steps).toHaveLength(1);
  });

  it('prints a table of steps and a total line for people', async () => {
    const grace = String(((await demoLines({ home: home.home, now: NOW }))['Old Shenzhen SIM'] as Json).line);
    const result = await run(['--sandbox', 'plans', '--line', grace, '--until', A_YEAR_OUT]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Act by\tAction\tPlan\tAmount\tExpires after');
    expect(lines[1]).toMatch(/^2026-11-22\trenew\t(yearly|monthly)\tHK\$/);
    expect(lines.at(-1)).toMatch(/^Total HK\$\d+\.\d\d in \d steps?; number kept until \d{4}-\d\d-\d\d\.$/);
  });

  it('a date in the past is exit 2; today is fine', async () => {
    const grace = String(((await demoLines({ home: home.home, now: NOW }))['Old Shenzhen SIM'] as Json).line);
    const past = await run(['--sandbox', 'plans', '--line', grace, '--until', '2026-11-21']);
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('--until 2026-11-21 is in the past (today is 2026-11-22)');
    expect((await run(['--sandbox', 'plans', '--line', grace, '--until', '2026-11-22'])).code).toBe(0);
  });

  it.each([['2026-02-30'], ['2027-13-01'], ['next year']])('--until %j is exit 2', async (value) => {
    const result = await run(['--sandbox', 'plans', '--until', value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('YYYY-MM-DD');
  });

  it('a recycled line is exit 6: no plan can save it', async () => {
    const grace = String(((await demoLines({ home: home.home, now: NOW }))['Old Shenzhen SIM'] as Json).line);
    const result = await run(['--sandbox', 'plans', '--line', grace, '--until', '2027-12-31'], 'Asia/Hong_Kong', new Date('2026-12-20T04:00:00Z'));
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('recycled');
    expect(result.stdout).toBe('');
  });

  it('without --line and several lines, asks for --line like other commands (exit 2)', async () => {
    const result = await run(['--sandbox', 'plans', '--until', A_YEAR_OUT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--line');
  });
});

describe('providerUntil', () => {
  const HK = 'T23:59:59+08:00';
  it.each<[LocalDate, string, string, LocalDate]>([
    ['2027-01-01', 'Asia/Hong_Kong', HK, '2027-01-01'],
    ['2027-01-01', 'Asia/Shanghai', HK, '2027-01-01'],
    // The end of 2027-01-01 in these zones is already 2027-01-02 in Hong Kong.
    ['2027-01-01', 'America/Los_Angeles', HK, '2027-01-02'],
    ['2027-01-01', 'UTC', HK, '2027-01-02'],
    ['2027-01-01', 'Asia/Kolkata', HK, '2027-01-02'],
    // Ahead of Hong Kong: the user's day ends while it is still 2027-01-01 (evening) there.
    ['2027-01-01', 'Australia/Melbourne', HK, '2027-01-01'],
    ['2027-01-01', 'Pacific/Kiritimati', HK, '2027-01-01'],
    // An expiry early in the provider's day needs the next provider day.
    ['2027-01-01', 'Asia/Hong_Kong', 'T00:00:00+08:00', '2027-01-02'],
    ['2027-01-01', 'America/Los_Angeles', 'T23:59:59-08:00', '2027-01-01'],
    // US spring-forward day.
    ['2027-03-14', 'America/Los_Angeles', 'T23:59:59Z', '2027-03-15'],
  ])('%s in %s with expiry %s → %s', (until, zone, suffix, expected) => {
    expect(providerUntil(until, zone, suffix, '2026-11-22')).toBe(expected);
  });

  it('never falls before the provider\'s today', () => {
    expect(providerUntil('2026-11-21', 'America/Los_Angeles', HK, '2026-11-23')).toBe('2026-11-23');
  });
});
