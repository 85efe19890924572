import { describe, expect, it } from 'vitest';
import { spendByMonth, summarize, type Spending } from '../../src/domain/spend.js';

const order = (status: Spending['status'], amount: string, currency: string, createdAt: string): Spending => ({ status, amount: { amount, currency }, createdAt });

describe('what was spent', () => {
  it.each([
    ['nothing', [], { spent: [], orders: 0, unsettled: { orders: 0, amounts: [] } }],
    [
      'succeeded orders only, summed exactly in minor units',
      [order('succeeded', '0.10', 'HKD', '2026-11-01T00:00:00Z'), order('succeeded', '0.20', 'HKD', '2026-11-02T00:00:00Z'), order('failed', '99.00', 'HKD', '2026-11-03T00:00:00Z')],
      { spent: [{ minor: 30, currency: 'HKD' }], orders: 2, unsettled: { orders: 0, amounts: [] } },
    ],
    [
      'pending and unknown apart, never in the spend',
      [order('succeeded', '18.00', 'HKD', '2026-11-01T00:00:00Z'), order('unknown', '50.00', 'HKD', '2026-11-02T00:00:00Z'), order('pending', '5', 'USD', '2026-11-02T00:00:00Z')],
      { spent: [{ minor: 1_800, currency: 'HKD' }], orders: 1, unsettled: { orders: 2, amounts: [{ minor: 5_000, currency: 'HKD' }, { minor: 500, currency: 'USD' }] } },
    ],
    [
      'one sum per currency, alphabetical, each in its own precision',
      [order('succeeded', '500', 'JPY', '2026-11-01T00:00:00Z'), order('succeeded', '12.5', 'USD', '2026-11-01T00:00:00Z'), order('succeeded', '48.00', 'HKD', '2026-11-01T00:00:00Z'), order('succeeded', '1500', 'JPY', '2026-11-01T00:00:00Z')],
      { spent: [{ minor: 4_800, currency: 'HKD' }, { minor: 2_000, currency: 'JPY' }, { minor: 1_250, currency: 'USD' }], orders: 4, unsettled: { orders: 0, amounts: [] } },
    ],
  ])('%s', (_name, items, expected) => {
    expect(summarize(items)).toEqual(expected);
  });

  it('per month, oldest first, gaps kept, months in the user zone', () => {
    const items = [
      // 20:00 UTC on 30 November is 1 December in Hong Kong.
      order('succeeded', '18.00', 'HKD', '2026-11-30T20:00:00Z'),
      order('succeeded', '50.00', 'HKD', '2026-11-10T04:00:00Z'),
      order('unknown', '50.00', 'HKD', '2026-11-11T04:00:00Z'),
      order('succeeded', '3.00', 'USD', '2027-02-01T04:00:00Z'),
    ];
    expect(spendByMonth(items, 'Asia/Hong_Kong')).toEqual([
      { month: '2026-11', totals: [{ minor: 5_000, currency: 'HKD' }], orders: 1 },
      { month: '2026-12', totals: [{ minor: 1_800, currency: 'HKD' }], orders: 1 },
      { month: '2027-01', totals: [], orders: 0 },
      { month: '2027-02', totals: [{ minor: 300, currency: 'USD' }], orders: 1 },
    ]);
    expect(spendByMonth(items, 'Europe/London').map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(spendByMonth(items, 'Europe/London')[0]).toEqual({ month: '2026-11', totals: [{ minor: 6_800, currency: 'HKD' }], orders: 2 });
    expect(spendByMonth([], 'Asia/Hong_Kong')).toEqual([]);
  });

  it('across a year end', () => {
    const months = spendByMonth([order('succeeded', '1.00', 'HKD', '2026-11-15T00:00:00Z'), order('succeeded', '1.00', 'HKD', '2027-01-15T00:00:00Z')], 'UTC');
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
