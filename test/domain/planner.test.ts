import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planKeepAlive, type KeepAliveInput, type KeepAlivePlan } from '../../src/domain/planner.js';
import { fromEpochDay, toEpochDay, writtenDate, type LocalDate } from '../../src/domain/dates.js';
import {
  expiryAfterRenewal,
  expiryAfterTopup,
  validityDaysFor,
  type KeepNumberRules,
  type Plan,
  type RechargeTier,
} from '../../src/domain/rules.js';

const HKD = 'HKD';
const FALLBACK = 'T23:59:59+08:00';

const hkd = (minor: number) => ({ minor, currency: HKD });
const plan = (id: string, priceMinor: number, validityDays: number): Plan => ({ id, name: id, price: hkd(priceMinor), validityDays });

function rulesWith(rechargeTable: RechargeTier[], overrides: Partial<KeepNumberRules> = {}): KeepNumberRules {
  return { currency: HKD, graceDays: 30, rechargeTable, minTopupMinor: 1, maxTopupMinor: 1_000_000, ...overrides };
}

const NO_TIERS = rulesWith([]);
const MONTHLY = plan('monthly', 1_800, 30);
const QUARTERLY = plan('quarterly', 4_800, 90);
const YEARLY = plan('yearly', 16_800, 365);

function input(overrides: Partial<KeepAliveInput>): KeepAliveInput {
  return {
    rules: NO_TIERS,
    plans: [MONTHLY, QUARTERLY, YEARLY],
    expiresAt: '2026-01-10T23:59:59+08:00',
    today: '2026-01-01',
    until: '2026-01-20',
    fallbackTime: FALLBACK,
    ...overrides,
  };
}

/** The plan as a compact table row per step, which reads better in a failing diff than nested objects. */
function rows(result: KeepAlivePlan | null): string[] {
  if (result === null) return ['impossible'];
  return result.steps.map((s) => `${s.date} ${s.action} ${s.planId ?? '-'} ${s.amount.minor} -> ${s.extendsTo}`);
}

describe('planKeepAlive: examples', () => {
  it('needs no step when the expiry already reaches until (inclusive)', () => {
    for (const until of ['2026-01-05', '2026-01-10']) {
      const result = planKeepAlive(input({ until }));
      expect(result).toEqual({ steps: [], total: hkd(0), expiresAt: '2026-01-10T23:59:59+08:00' });
    }
  });

  it('needs no step when covered even if the catalogue could not extend anything', () => {
    const result = planKeepAlive(input({ plans: [], until: '2026-01-10' }));
    expect(result).toEqual({ steps: [], total: hkd(0), expiresAt: '2026-01-10T23:59:59+08:00' });
  });

  it('takes one quarterly over three monthly when that is cheaper', () => {
    const result = planKeepAlive(input({ plans: [MONTHLY, QUARTERLY], until: '2026-04-05' }));
    expect(rows(result)).toEqual(['2026-01-10 renew quarterly 4800 -> 2026-04-10T23:59:59+08:00']);
    expect(result?.total).toEqual(hkd(4_800));
    expect(result?.expiresAt).toBe('2026-04-10T23:59:59+08:00');
  });

  it('takes three monthly over one quarterly when the quarterly costs more', () => {
    const pricey = plan('quarterly', 5_500, 90);
    const result = planKeepAlive(input({ plans: [MONTHLY, pricey], until: '2026-04-05' }));
    expect(rows(result)).toEqual([
      '2026-01-10 renew monthly 1800 -> 2026-02-09T23:59:59+08:00',
      '2026-02-09 renew monthly 1800 -> 2026-03-11T23:59:59+08:00',
      '2026-03-11 renew monthly 1800 -> 2026-04-10T23:59:59+08:00',
    ]);
    expect(result?.total).toEqual(hkd(5_400));
  });

  it('does not buy the cheapest price per day when a shorter plan covers the gap (not greedy)', () => {
    const result = planKeepAlive(input({ until: '2026-01-20' }));
    expect(rows(result)).toEqual(['2026-01-10 renew monthly 1800 -> 2026-02-09T23:59:59+08:00']);
  });

  it('combines plans exactly, keeping catalogue order among equal plans', () => {
    // 120 days: quarterly + monthly (66.00) beats four monthly (72.00) and two quarterly (96.00).
    const result = planKeepAlive(input({ plans: [MONTHLY, QUARTERLY], until: '2026-05-10' }));
    expect(rows(result)).toEqual([
      '2026-01-10 renew monthly 1800 -> 2026-02-09T23:59:59+08:00',
      '2026-02-09 renew quarterly 4800 -> 2026-05-10T23:59:59+08:00',
    ]);
    expect(result?.total).toEqual(hkd(6_600));
  });

  it('prefers a top-up tier when it is cheaper than any plan', () => {
    const rules = rulesWith([{ minAmountMinor: 2_000, validityDays: 30 }]);
    const result = planKeepAlive(input({ rules, plans: [plan('monthly', 2_500, 30)], until: '2026-02-01' }));
    expect(rows(result)).toEqual(['2026-01-10 topup - 2000 -> 2026-02-09T23:59:59+08:00']);
    expect(result?.steps[0]?.planId).toBeNull();
    expect(result?.total).toEqual(hkd(2_000));
  });

  it('mixes top-ups and renewals when that is cheapest', () => {
    // 120 days: tier 50.00 (90 days) + monthly 18.00 beats the plans alone (66.00) and tiers alone (70.00).
    const rules = rulesWith([
      { minAmountMinor: 2_000, validityDays: 30 },
      { minAmountMinor: 4_500, validityDays: 90 },
    ]);
    const result = planKeepAlive(input({ rules, plans: [MONTHLY, QUARTERLY], until: '2026-05-10' }));
    expect(result?.total).toEqual(hkd(6_300));
    expect(result?.steps.map((s) => s.action).sort()).toEqual(['renew', 'topup']);
    expect(result?.expiresAt).toBe('2026-05-10T23:59:59+08:00');
  });

  it('raises a tier below the minimum top-up to that minimum, and skips tiers above the maximum', () => {
    const rules = rulesWith(
      [
        { minAmountMinor: 500, validityDays: 30 },
        { minAmountMinor: 90_000, validityDays: 400 },
      ],
      { minTopupMinor: 1_000, maxTopupMinor: 50_000 },
    );
    const result = planKeepAlive(input({ rules, plans: [], until: '2026-02-01' }));
    expect(rows(result)).toEqual(['2026-01-10 topup - 1000 -> 2026-02-09T23:59:59+08:00']);
  });

  it('uses the best tier an amount reaches even when the table is not monotonic', () => {
    // 20.00 earns 60 days; 30.00 only lists 30 days but still reaches the 60-day tier, so it is never better.
    const rules = rulesWith([
      { minAmountMinor: 2_000, validityDays: 60 },
      { minAmountMinor: 3_000, validityDays: 30 },
    ]);
    const result = planKeepAlive(input({ rules, plans: [], until: '2026-03-01' }));
    expect(rows(result)).toEqual(['2026-01-10 topup - 2000 -> 2026-03-11T23:59:59+08:00']);
  });

  it('takes the first step today when the line is already past its expiry (in grace)', () => {
    const result = planKeepAlive(
      input({ expiresAt: '2026-03-01T23:59:59+08:00', today: '2026-03-10', until: '2026-03-25', plans: [MONTHLY] }),
    );
    expect(rows(result)).toEqual(['2026-03-10 renew monthly 1800 -> 2026-04-09T23:59:59+08:00']);
  });

  it('acts on the expiry date itself when the line expires today', () => {
    const result = planKeepAlive(input({ expiresAt: '2026-03-10T08:00:00Z', today: '2026-03-10', until: '2026-03-11', plans: [MONTHLY] }));
    expect(rows(result)).toEqual(['2026-03-10 renew monthly 1800 -> 2026-04-09T08:00:00Z']);
  });

  it('starts today with the fallback time when the line has no expiry yet', () => {
    const result = planKeepAlive(input({ expiresAt: null, today: '2026-05-01', until: '2026-05-20', plans: [MONTHLY] }));
    expect(rows(result)).toEqual(['2026-05-01 renew monthly 1800 -> 2026-05-31T23:59:59+08:00']);
    expect(result?.expiresAt).toBe('2026-05-31T23:59:59+08:00');
  });

  it('still plans one step for a line with no expiry when until is today', () => {
    const result = planKeepAlive(input({ expiresAt: null, today: '2026-05-01', until: '2026-05-01', plans: [MONTHLY] }));
    expect(rows(result)).toEqual(['2026-05-01 renew monthly 1800 -> 2026-05-31T23:59:59+08:00']);
  });

  it('returns null when nothing in the catalogue extends validity', () => {
    expect(planKeepAlive(input({ plans: [], rules: NO_TIERS }))).toBeNull();
    expect(planKeepAlive(input({ plans: [plan('data-only', 1_000, 0)], rules: NO_TIERS }))).toBeNull();
    // A 0-day plan would stamp "today" on a line with no expiry, but it does not keep anything alive.
    expect(planKeepAlive(input({ plans: [plan('data-only', 0, 0)], expiresAt: null, until: '2026-01-01' }))).toBeNull();
    const unreachable = rulesWith([{ minAmountMinor: 90_000, validityDays: 365 }], { maxTopupMinor: 50_000 });
    expect(planKeepAlive(input({ plans: [], rules: unreachable, expiresAt: null }))).toBeNull();
  });

  it('keeps the expiry wall time and offset across month and leap-year ends', () => {
    const result = planKeepAlive(
      input({ expiresAt: '2027-12-20T00:00:00-05:00', today: '2027-12-01', until: '2028-03-01', plans: [MONTHLY] }),
    );
    expect(rows(result)).toEqual([
      '2027-12-20 renew monthly 1800 -> 2028-01-19T00:00:00-05:00',
      '2028-01-19 renew monthly 1800 -> 2028-02-18T00:00:00-05:00',
      '2028-02-18 renew monthly 1800 -> 2028-03-19T00:00:00-05:00', // 2028-02 has 29 days
    ]);
    expect(result?.total).toEqual(hkd(5_400));
  });

  it('crosses a year end with a tier top-up from the expiry day', () => {
    const rules = rulesWith([{ minAmountMinor: 2_000, validityDays: 30 }]);
    const result = planKeepAlive(
      input({ rules, plans: [], expiresAt: '2026-12-31T23:59:59+08:00', today: '2026-12-20', until: '2027-01-15' }),
    );
    expect(rows(result)).toEqual(['2026-12-31 topup - 2000 -> 2027-01-30T23:59:59+08:00']);
  });

  describe('tie-breaks', () => {
    it('prefers fewer steps at equal cost', () => {
      const result = planKeepAlive(input({ plans: [plan('ten', 1_000, 10), plan('twenty', 2_000, 20)], until: '2026-01-30' }));
      expect(rows(result)).toEqual(['2026-01-10 renew twenty 2000 -> 2026-01-30T23:59:59+08:00']);
    });

    it('prefers the later final expiry at equal cost and steps', () => {
      const result = planKeepAlive(input({ plans: [plan('twenty', 2_000, 20), plan('long', 2_000, 25)], until: '2026-01-30' }));
      expect(rows(result)).toEqual(['2026-01-10 renew long 2000 -> 2026-02-04T23:59:59+08:00']);
    });

    it('keeps catalogue order (plans first) on a full tie', () => {
      const rules = rulesWith([{ minAmountMinor: 1_800, validityDays: 30 }]);
      const result = planKeepAlive(input({ rules, plans: [plan('b', 1_800, 30), plan('a', 1_800, 30)] }));
      expect(rows(result)).toEqual(['2026-01-10 renew b 1800 -> 2026-02-09T23:59:59+08:00']);
    });
  });

  describe('bad input', () => {
    it('rejects a plan priced in another currency', () => {
      const usd: Plan = { id: 'usd', name: 'usd', price: { minor: 100, currency: 'USD' }, validityDays: 30 };
      expect(() => planKeepAlive(input({ plans: [usd] }))).toThrow(RangeError);
    });

    it('rejects until before today, malformed dates and times', () => {
      expect(() => planKeepAlive(input({ until: '2025-12-31' }))).toThrow(RangeError);
      expect(() => planKeepAlive(input({ until: '2026-02-30' }))).toThrow(RangeError);
      expect(() => planKeepAlive(input({ expiresAt: '2026-01-10' }))).toThrow(RangeError);
      expect(() => planKeepAlive(input({ expiresAt: null, fallbackTime: '23:59' }))).toThrow(RangeError);
    });

    it('rejects negative or fractional prices and fractional validity', () => {
      expect(() => planKeepAlive(input({ plans: [plan('neg', -1, 30)] }))).toThrow(RangeError);
      expect(() => planKeepAlive(input({ plans: [plan('frac', 1.5, 30)] }))).toThrow(RangeError);
      expect(() => planKeepAlive(input({ plans: [plan('days', 100, 1.5)] }))).toThrow(RangeError);
    });
  });

  // How fast it is belongs to npm run bench, not here: a timed assertion fails on a busy machine.
  it('plans five years with a one-day option exactly', () => {
    const rules = rulesWith([
      { minAmountMinor: 2_000, validityDays: 30 },
      { minAmountMinor: 5_000, validityDays: 90 },
      { minAmountMinor: 10_000, validityDays: 180 },
      { minAmountMinor: 30_000, validityDays: 365 },
    ]);
    const plans = [plan('daily', 70, 1), MONTHLY, QUARTERLY, YEARLY];
    const result = planKeepAlive(input({ rules, plans, today: '2026-01-01', expiresAt: '2026-01-01T23:59:59+08:00', until: '2031-01-01' }));
    expect(result).not.toBeNull();
    if (result === null) return;
    // 1826 days: five yearly plans (840.00) leave 1 day, bought for 0.70.
    expect(result.total).toEqual(hkd(5 * 16_800 + 70));
    expect(result.steps).toHaveLength(6);
    expectReplays(input({ rules, plans, today: '2026-01-01', expiresAt: '2026-01-01T23:59:59+08:00', until: '2031-01-01' }), result);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Property: the DP equals an exhaustive search over every action sequence, and its plans replay correctly.

/** The latest safe date for a step under the model: the expiry day, or today once that is past or missing. */
function safeDate(expiresAt: string | null, today: LocalDate): LocalDate {
  if (expiresAt === null) return today;
  return toEpochDay(writtenDate(expiresAt)) > toEpochDay(today) ? writtenDate(expiresAt) : today;
}

interface Option {
  apply: (expiresAt: string | null, on: LocalDate) => string | null;
  costMinor: number;
}

/**
 * Every option the carrier offers, found without the planner's shortcuts: every plan, and every amount the
 * carrier accepts, keeping the cheapest amount per number of days (more money for the same days is dominated).
 */
function allOptions(c: KeepAliveInput): Option[] {
  const options: Option[] = c.plans.map((p) => ({
    apply: (e, on) => expiryAfterRenewal(p, e, on, c.fallbackTime),
    costMinor: p.price.minor,
  }));
  const cheapestPerDays = new Map<number, number>();
  for (let amount = c.rules.minTopupMinor; amount <= c.rules.maxTopupMinor; amount++) {
    const days = validityDaysFor(c.rules, amount);
    if (!cheapestPerDays.has(days)) cheapestPerDays.set(days, amount);
  }
  for (const amount of cheapestPerDays.values()) {
    options.push({ apply: (e, on) => expiryAfterTopup(c.rules, e, amount, on, c.fallbackTime), costMinor: amount });
  }
  return options;
}

interface Key {
  total: number;
  steps: number;
  finalDay: number;
}

const better = (a: Key, b: Key) =>
  a.total !== b.total ? a.total < b.total : a.steps !== b.steps ? a.steps < b.steps : a.finalDay > b.finalDay;

/** Depth-first over all sequences, pruned only where no extension could win the (total, steps) order. */
function bruteForce(c: KeepAliveInput): Key | null {
  const untilDay = toEpochDay(c.until);
  const options = allOptions(c);
  let best: Key | null = null;
  const visit = (expiresAt: string | null, total: number, steps: number): void => {
    if (expiresAt !== null && toEpochDay(writtenDate(expiresAt)) >= untilDay) {
      const key = { total, steps, finalDay: toEpochDay(writtenDate(expiresAt)) };
      if (best === null || better(key, best)) best = key;
      return;
    }
    if (best !== null && (total > best.total || (total === best.total && steps >= best.steps))) return;
    const on = safeDate(expiresAt, c.today);
    for (const option of options) {
      const after = option.apply(expiresAt, on);
      // An option that leaves the expiry on the step date (a 0-day plan on an expired or new line) buys nothing.
      const moved = after !== null && toEpochDay(writtenDate(after)) > toEpochDay(on);
      if (moved) visit(after, total + option.costMinor, steps + 1);
    }
  };
  visit(c.expiresAt, 0, 0);
  return best;
}

/** Replays a plan through the carrier's helpers and checks every field the planner reported. */
function expectReplays(c: KeepAliveInput, result: KeepAlivePlan): void {
  let expiresAt = c.expiresAt;
  let total = 0;
  for (const step of result.steps) {
    expect(step.date).toBe(safeDate(expiresAt, c.today));
    expect(step.amount.currency).toBe(c.rules.currency);
    let after: string | null;
    if (step.action === 'renew') {
      const p = c.plans.find((x) => x.id === step.planId);
      expect(p).toBeDefined();
      if (p === undefined) return;
      expect(step.amount).toEqual(p.price);
      after = expiryAfterRenewal(p, expiresAt, step.date, c.fallbackTime);
    } else {
      expect(step.planId).toBeNull();
      expect(step.amount.minor).toBeGreaterThanOrEqual(c.rules.minTopupMinor);
      expect(step.amount.minor).toBeLessThanOrEqual(c.rules.maxTopupMinor);
      after = expiryAfterTopup(c.rules, expiresAt, step.amount.minor, step.date, c.fallbackTime);
    }
    expect(after).toBe(step.extendsTo);
    expiresAt = after;
    total += step.amount.minor;
  }
  expect(expiresAt).toBe(result.expiresAt);
  expect(expiresAt).not.toBeNull();
  if (expiresAt !== null) expect(toEpochDay(writtenDate(expiresAt))).toBeGreaterThanOrEqual(toEpochDay(c.until));
  expect(result.total).toEqual({ minor: total, currency: c.rules.currency });
}

const FIRST_DAY = toEpochDay('2024-01-01');
const LAST_DAY = toEpochDay('2030-12-31');

const catalogue = fc
  .record({
    today: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    expiryOffset: fc.option(fc.integer({ min: -40, max: 40 }), { freq: 4 }),
    untilOffset: fc.integer({ min: 0, max: 60 }),
    suffix: fc.constantFrom('T23:59:59+08:00', 'T00:00:00-05:00', 'T12:30:00Z'),
    plans: fc.array(fc.record({ price: fc.integer({ min: 0, max: 120 }), days: fc.integer({ min: 0, max: 45 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    tiers: fc.array(fc.record({ min: fc.integer({ min: 1, max: 100 }), days: fc.integer({ min: 4, max: 45 }) }), {
      maxLength: 3,
    }),
    minTopup: fc.integer({ min: 1, max: 60 }),
    topupSpan: fc.integer({ min: 0, max: 80 }),
  })
  .map((g): KeepAliveInput => {
    const today = fromEpochDay(g.today);
    return {
      rules: rulesWith(
        [...g.tiers].sort((a, b) => a.min - b.min).map((t) => ({ minAmountMinor: t.min, validityDays: t.days })),
        { minTopupMinor: g.minTopup, maxTopupMinor: g.minTopup + g.topupSpan },
      ),
      // Very short plans make the exhaustive search explode; 0-day plans stay in to check they are ignored.
      plans: g.plans.map((p, i) => plan(`p${i}`, p.price, p.days === 0 ? 0 : Math.max(4, p.days))),
      expiresAt: g.expiryOffset === null ? null : `${fromEpochDay(g.today + g.expiryOffset)}${g.suffix}`,
      today,
      until: fromEpochDay(g.today + g.untilOffset),
      fallbackTime: g.suffix,
    };
  });

describe('planKeepAlive: properties', () => {
  test.prop([catalogue], { numRuns: 300 })('matches an exhaustive search and replays through the carrier rules', (c) => {
    const result = planKeepAlive(c);
    const oracle = bruteForce(c);
    if (oracle === null) {
      expect(result).toBeNull();
      return;
    }
    expect(result).not.toBeNull();
    if (result === null) return;
    expect({ total: result.total.minor, steps: result.steps.length, finalDay: toEpochDay(writtenDate(result.expiresAt)) }).toEqual(
      oracle,
    );
    expectReplays(c, result);
  });

  test.prop([catalogue])('is deterministic', (c) => {
    expect(planKeepAlive(c)).toEqual(planKeepAlive(c));
  });
});
