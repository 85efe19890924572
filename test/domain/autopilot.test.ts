import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decide, defaultLeadDays, forecast, forecastEnd, spentWithin, type KeepPolicy, type PolicyLine } from '../../src/domain/autopilot.js';
import { SANDBOX_PLANS, SANDBOX_RULES } from '../../src/providers/sandbox/catalogue.js';
import { addDays, toEpochDay } from '../../src/domain/dates.js';

const HKD = (minor: number) => ({ minor, currency: 'HKD' });
const SUFFIX = 'T23:59:59+08:00';
const line = (expires: string | null): PolicyLine => ({ expiresAt: expires === null ? null : `${expires}${SUFFIX}`, rules: SANDBOX_RULES, plans: SANDBOX_PLANS });
const policy = (over: Partial<KeepPolicy> = {}): KeepPolicy => ({ until: '2027-12-31', budget: null, max: null, leadDays: 1, ...over });

describe('decide', () => {
  it.each<[string, KeepPolicy, string | null, string, string]>([
    ['waits until lead days before the expiry', policy({ leadDays: 3 }), '2027-01-10', '2027-01-06', 'wait:2027-01-07'],
    ['pays on the due day', policy({ leadDays: 3 }), '2027-01-10', '2027-01-07', 'pay'],
    ['pays a line already past its expiry (grace) at once', policy(), '2026-11-27', '2026-12-02', 'pay'],
    ['is done once the line is alive through the date', policy({ until: '2027-01-10' }), '2027-01-10', '2027-01-09', 'kept'],
    ['is done once the date has passed', policy({ until: '2026-12-01' }), '2026-11-27', '2026-12-02', 'kept'],
    ['cannot keep a recycled number', policy(), '2026-10-01', '2026-12-02', 'unkept:recycled'],
    ['cannot pay more than --max at once', policy({ max: HKD(1_000) }), '2027-01-10', '2027-01-09', 'unkept:max'],
    ['cannot pay past the yearly budget', policy({ budget: HKD(1_000) }), '2027-01-10', '2027-01-09', 'unkept:budget'],
  ])('%s', (_name, p, expires, today, expected) => {
    const d = decide(p, line(expires), today, [], SUFFIX);
    const shown = d.kind === 'wait' ? `wait:${d.dueOn}` : d.kind === 'unkept' ? `unkept:${d.reason}` : d.kind;
    expect(shown).toBe(expected);
  });

  it('buys the cheapest keep-alive step, and only what --max allows when that is cheaper per step', () => {
    const free = decide(policy({ until: '2027-12-31' }), line('2027-01-10'), '2027-01-09', [], SUFFIX);
    expect(free).toMatchObject({ kind: 'pay', action: 'renew', planId: 'yearly', amount: HKD(16_800) });
    const capped = decide(policy({ until: '2027-12-31', max: HKD(5_000) }), line('2027-01-10'), '2027-01-09', [], SUFFIX);
    expect(capped).toMatchObject({ kind: 'pay' });
    expect(capped.kind === 'pay' && capped.amount.minor).toBeLessThanOrEqual(5_000);
  });

  it.each<[string, number | null, string]>([
    ['no cap: the yearly plan, cheapest per day', null, 'yearly'],
    ['at most HK$60 a payment: the quarterly plan, not a month at a time', 6_000, 'quarterly'],
    ['at most HK$20: the monthly plan', 2_000, 'monthly'],
  ])('for ever buys the lowest price per day within its cap (%s)', (_name, max, planId) => {
    const d = decide(policy({ until: null, max: max === null ? null : HKD(max) }), line('2027-01-10'), '2027-01-09', [], SUFFIX);
    expect(d).toMatchObject({ kind: 'pay', planId });
  });

  it('counts what was paid in the last 365 days against the budget, and nothing older', () => {
    const spent = [{ date: '2026-02-01', amount: HKD(15_000) }];
    expect(decide(policy({ budget: HKD(16_800) }), line('2027-01-10'), '2027-01-09', spent, SUFFIX).kind).toBe('pay');
    expect(decide(policy({ budget: HKD(16_800) }), line('2026-12-10'), '2026-12-09', spent, SUFFIX)).toMatchObject({ kind: 'pay' });
    expect(spentWithin(spent, '2026-12-09', 'HKD')).toBe(15_000);
    expect(spentWithin(spent, '2027-02-01', 'HKD')).toBe(0);
  });

  it('a renewal paid early still counts from the expiry (nothing is lost by paying lead days ahead)', () => {
    const d = decide(policy({ until: '2027-02-01', leadDays: 5 }), line('2027-01-10'), '2027-01-05', [], SUFFIX);
    expect(d).toMatchObject({ kind: 'pay', action: 'renew', planId: 'monthly', extendsTo: `2027-02-09${SUFFIX}` });
  });
});

describe('forecast', () => {
  it('keeps a line alive through its date with payments on due days only', () => {
    const f = forecast(policy({ until: '2027-12-31', leadDays: 2 }), line('2026-12-10'), '2026-12-02', '2027-12-31', [], SUFFIX);
    expect(f.unkept).toBeNull();
    expect(f.payments.length).toBeGreaterThan(0);
    expect(f.payments.at(-1)!.extendsTo >= '2027-12-31').toBe(true);
    expect(f.payments[0]!.date).toBe('2026-12-08');
  });

  it('never spends more than the budget in any 365 days, whatever the policy and the line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -20, max: 200 }), (budget, lead, offset) => {
        const start = '2026-12-02';
        const f = forecast(policy({ until: null, budget: HKD(budget), leadDays: lead }), line(addDays(start, offset)), start, '2028-12-31', [], SUFFIX);
        for (const p of f.payments) {
          const windowSum = f.payments.filter((q) => toEpochDay(q.date) > toEpochDay(p.date) - 365 && q.date <= p.date).reduce((s, q) => s + q.amount.minor, 0);
          expect(windowSum).toBeLessThanOrEqual(budget);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('says when a budget is too small, and what the next payment would have needed', () => {
    const f = forecast(policy({ until: null, budget: HKD(3_000) }), line('2026-12-20'), '2026-12-02', '2027-12-01', [], SUFFIX);
    expect(f.unkept).toMatchObject({ reason: 'budget' });
  });
});

describe('forecastEnd and defaultLeadDays', () => {
  it.each([
    ['2026-12-02', 12, '2027-12-01'],
    ['2027-01-31', 1, '2027-02-27'],
    ['2026-12-02', 1, '2027-01-01'],
  ])('%s + %i months ends on %s', (from, months, end) => expect(forecastEnd(from, months)).toBe(end));

  it.each([
    ['sandbox', null, 1],
    ['reloadly', null, 3],
    ['manual', 1, 5],
    ['something-new', null, 2],
  ])('%s with a carrier lead of %s working days pays %i days ahead', (provider, carrier, days) => expect(defaultLeadDays(provider, carrier)).toBe(days));
});
