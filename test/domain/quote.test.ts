import { describe, expect, it } from 'vitest';
import { daysAddedBy, extendsNothing, topupQuote } from '../../src/domain/quote.js';
import type { KeepNumberRules } from '../../src/domain/rules.js';

const rules: KeepNumberRules = {
  currency: 'HKD',
  graceDays: 30,
  rechargeTable: [
    { minAmountMinor: 2_000, validityDays: 30 },
    { minAmountMinor: 5_000, validityDays: 90 },
  ],
  minTopupMinor: 1_000,
  maxTopupMinor: 200_000,
};
const now = new Date('2026-11-22T04:00:00Z');
const line = (expiresAt: string | null) => ({ expiresAt, balance: { minor: 0, currency: 'HKD' }, rules });

describe('days a payment really adds', () => {
  it.each([
    ['64 days left, 30-day tier: nothing', '2027-01-25T23:59:59+08:00', 2_000, 0],
    ['64 days left, 90-day tier: the difference', '2027-01-25T23:59:59+08:00', 5_000, 26],
    ['expired 5 days ago: counted from today', '2026-11-17T23:59:59+08:00', 2_000, 30],
    ['6 days left: from the current expiry', '2026-11-28T23:59:59+08:00', 2_000, 24],
  ])('%s', (_case, expiresAt, minor, days) => {
    const quote = topupQuote(line(expiresAt), { minor, currency: 'HKD' }, now, 'Asia/Hong_Kong');
    expect(quote.daysAdded).toBe(days);
    expect(extendsNothing(quote)).toBe(days === 0);
  });

  it('a line without an expiry has nothing to compare with', () => {
    expect(topupQuote(line(null), { minor: 2_000, currency: 'HKD' }, now, 'UTC').daysAdded).toBeNull();
    expect(daysAddedBy(null, '2027-01-01T00:00:00Z', '2026-11-22')).toBeNull();
  });
});
