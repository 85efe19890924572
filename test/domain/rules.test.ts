import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, toEpochDay, writtenDate } from '../../src/domain/dates.js';
import { findPlan, planViews } from '../../src/domain/plans.js';
import {
  expiryAfterRenewal,
  expiryAfterTopup,
  suggestedAmountsMinor,
  validityDaysFor,
} from '../../src/domain/rules.js';
import type { KeepNumberRules, Plan } from '../../src/domain/rules.js';

/** A Hong Kong card from docs/sources.md (Carriers): HK$20 → 30 days, HK$50/100 → 210 days, HK$300 → 360 days. */
const HK_CARD: KeepNumberRules = {
  currency: 'HKD',
  graceDays: 30,
  rechargeTable: [
    { minAmountMinor: 2_000, validityDays: 30 },
    { minAmountMinor: 5_000, validityDays: 210 },
    { minAmountMinor: 10_000, validityDays: 210 },
    { minAmountMinor: 30_000, validityDays: 360 },
  ],
  minTopupMinor: 1_000,
  maxTopupMinor: 200_000,
};

/** A data eSIM: top-ups only add balance. */
const DATA_ESIM: KeepNumberRules = { ...HK_CARD, graceDays: 0, rechargeTable: [] };

/** Tiers listed out of order: the best tier reached still wins. */
const UNSORTED: KeepNumberRules = {
  ...HK_CARD,
  rechargeTable: [
    { minAmountMinor: 30_000, validityDays: 365 },
    { minAmountMinor: 2_000, validityDays: 30 },
    { minAmountMinor: 5_000, validityDays: 90 },
  ],
};

const HKD = (minor: number) => ({ minor, currency: 'HKD' });
const MONTHLY: Plan = { id: 'monthly', name: 'Monthly', price: HKD(1_800), validityDays: 30 };
const QUARTERLY: Plan = { id: 'quarterly', name: 'Quarterly', price: HKD(4_800), validityDays: 90 };
const YEARLY: Plan = { id: 'yearly', name: 'Yearly', price: HKD(16_800), validityDays: 365 };

const TODAY = '2026-11-22';
const SUFFIX = 'T23:59:59+08:00';
const hk = (date: string) => `${date}${SUFFIX}`;

describe('validityDaysFor: the best tier the amount reaches', () => {
  it.each([
    [HK_CARD, 0, 0],
    [HK_CARD, 1_000, 0],
    [HK_CARD, 1_999, 0],
    [HK_CARD, 2_000, 30],
    [HK_CARD, 4_999, 30],
    [HK_CARD, 5_000, 210],
    [HK_CARD, 10_000, 210],
    [HK_CARD, 29_999, 210],
    [HK_CARD, 30_000, 360],
    [HK_CARD, 200_000, 360],
    [DATA_ESIM, 200_000, 0],
    [UNSORTED, 2_000, 30],
    [UNSORTED, 5_000, 90],
    [UNSORTED, 30_000, 365],
    [UNSORTED, 1_999, 0],
  ])('%#: %i minor → %i days', (rules, amount, days) => {
    expect(validityDaysFor(rules, amount)).toBe(days);
  });
});

describe('suggestedAmountsMinor: one per tier, ascending, no duplicates', () => {
  it.each([
    [HK_CARD, [2_000, 5_000, 10_000, 30_000]],
    [UNSORTED, [2_000, 5_000, 30_000]],
    [{ ...HK_CARD, rechargeTable: [{ minAmountMinor: 5_000, validityDays: 90 }, { minAmountMinor: 5_000, validityDays: 120 }] }, [5_000]],
    [DATA_ESIM, []],
  ])('%#', (rules, amounts) => {
    expect(suggestedAmountsMinor(rules)).toEqual(amounts);
  });
});

describe('expiryAfterTopup: extends from today by the tier, never shortens, keeps the provider\'s offset', () => {
  it.each<[label: string, expiresAt: string | null, amount: number, today: string, expected: string | null]>([
    ['healthy line, small top-up: unchanged (never shortened)', hk('2027-01-24'), 2_000, TODAY, hk('2027-01-24')],
    ['healthy line, bigger tier: extended from today', hk('2027-01-24'), 5_000, TODAY, hk('2027-06-20')],
    ['6 days left: counted from today, not from the expiry', hk('2026-11-28'), 2_000, TODAY, hk('2026-12-22')],
    ['earned date equals current expiry: unchanged', '2026-12-22T10:00:00+08:00', 2_000, TODAY, '2026-12-22T10:00:00+08:00'],
    ['expires today', hk('2026-11-22'), 2_000, TODAY, hk('2026-12-22')],
    ['in grace: from today', hk('2026-11-17'), 2_000, TODAY, hk('2026-12-22')],
    ['lapsed long ago: from today', hk('2025-01-01'), 30_000, TODAY, hk('2027-11-17')],
    ['below every tier: balance only, expiry unchanged', hk('2026-11-28'), 1_999, TODAY, hk('2026-11-28')],
    ['below every tier on a lapsed line: still lapsed', hk('2026-11-17'), 1_000, TODAY, hk('2026-11-17')],
    ['no expiry yet: today + tier with the fallback time', null, 2_000, TODAY, hk('2026-12-22')],
    ['no expiry and no tier: still none', null, 1_000, TODAY, null],
    ['keeps a negative provider offset and wall time', '2026-11-28T18:00:00-05:00', 2_000, TODAY, '2026-12-22T18:00:00-05:00'],
    ['keeps a Z offset', '2026-11-28T00:00:00Z', 2_000, TODAY, '2026-12-22T00:00:00Z'],
    ['across the year end', hk('2026-12-20'), 2_000, '2026-12-15', hk('2027-01-14')],
    ['across a leap February', hk('2028-02-05'), 2_000, '2028-02-01', hk('2028-03-02')],
    ['from a leap day', hk('2028-03-01'), 30_000, '2028-02-29', hk('2029-02-23')],
  ])('%s', (_label, expiresAt, amount, today, expected) => {
    expect(expiryAfterTopup(HK_CARD, expiresAt, amount, today, SUFFIX)).toBe(expected);
  });

  it('a data eSIM top-up never moves the expiry', () => {
    expect(expiryAfterTopup(DATA_ESIM, hk('2026-11-28'), 200_000, TODAY, SUFFIX)).toBe(hk('2026-11-28'));
    expect(expiryAfterTopup(DATA_ESIM, null, 200_000, TODAY, SUFFIX)).toBeNull();
  });

  it('never shortens, whatever the amount, expiry and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 800 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (expiryOffset, amount, todayOffset) => {
          const today = addDays('2026-01-01', todayOffset);
          const expiresAt = hk(addDays(today, expiryOffset));
          const after = expiryAfterTopup(HK_CARD, expiresAt, amount, today, SUFFIX);
          expect(after).not.toBeNull();
          const afterDate = writtenDate(after as string);
          expect(toEpochDay(afterDate)).toBeGreaterThanOrEqual(toEpochDay(writtenDate(expiresAt)));
          // ...and, when the amount earns a tier, reaches at least today + the tier's days.
          const days = validityDaysFor(HK_CARD, amount);
          if (days > 0) expect(toEpochDay(afterDate)).toBe(Math.max(toEpochDay(today) + days, toEpochDay(writtenDate(expiresAt))));
          else expect(after).toBe(expiresAt);
          expect((after as string).slice(10)).toBe(SUFFIX);
        },
      ),
    );
  });
});

describe('expiryAfterRenewal: plan days from the later of today and the current expiry', () => {
  it.each<[label: string, plan: Plan, expiresAt: string | null, today: string, expected: string]>([
    ['valid line: from its expiry', MONTHLY, hk('2026-11-28'), TODAY, hk('2026-12-28')],
    ['valid line, quarterly', QUARTERLY, hk('2026-11-28'), TODAY, hk('2027-02-26')],
    ['valid line, yearly', YEARLY, hk('2026-11-28'), TODAY, hk('2027-11-28')],
    ['healthy line stacks on top', MONTHLY, hk('2027-01-24'), TODAY, hk('2027-02-23')],
    ['expires today', MONTHLY, hk('2026-11-22'), TODAY, hk('2026-12-22')],
    ['lapsed line (grace): from today, not from the old expiry', MONTHLY, hk('2026-11-17'), TODAY, hk('2026-12-22')],
    ['lapsed line, quarterly', QUARTERLY, hk('2026-11-17'), TODAY, hk('2027-02-20')],
    ['lapsed long ago', YEARLY, hk('2025-01-01'), TODAY, hk('2027-11-22')],
    ['no expiry yet: from today with the fallback time', MONTHLY, null, TODAY, hk('2026-12-22')],
    ['keeps the provider\'s offset and wall time', MONTHLY, '2026-11-28T18:00:00-05:00', TODAY, '2026-12-28T18:00:00-05:00'],
    ['across the year end', MONTHLY, hk('2026-12-31'), '2026-12-20', hk('2027-01-30')],
    ['across a leap February', MONTHLY, hk('2028-02-28'), '2028-02-20', hk('2028-03-29')],
    ['yearly across a leap day', YEARLY, hk('2028-01-01'), '2027-12-01', hk('2028-12-31')],
  ])('%s', (_label, plan, expiresAt, today, expected) => {
    expect(expiryAfterRenewal(plan, expiresAt, today, SUFFIX)).toBe(expected);
  });
});

describe('planViews and findPlan', () => {
  it('shows price per day, shortest plan first, without touching the input', () => {
    const input = [YEARLY, MONTHLY, QUARTERLY];
    const views = planViews(input);
    expect(views.map((v) => [v.id, v.pricePerDay])).toEqual([
      ['monthly', HKD(60)],
      ['quarterly', HKD(53)],
      ['yearly', HKD(46)],
    ]);
    expect(input.map((p) => p.id)).toEqual(['yearly', 'monthly', 'quarterly']);
    expect(views[0]).toMatchObject({ id: 'monthly', name: 'Monthly', price: HKD(1_800), validityDays: 30 });
  });

  it('breaks a tie in length by price', () => {
    const promo: Plan = { id: 'promo', name: 'Promo', price: HKD(1_500), validityDays: 30 };
    expect(planViews([MONTHLY, promo]).map((v) => v.id)).toEqual(['promo', 'monthly']);
  });

  it.each([
    ['monthly', MONTHLY],
    ['yearly', YEARLY],
    ['weekly', undefined],
    ['Monthly', undefined],
    ['', undefined],
  ])('findPlan(%j)', (id, plan) => {
    expect(findPlan([MONTHLY, QUARTERLY, YEARLY], id)).toEqual(plan);
  });
});
