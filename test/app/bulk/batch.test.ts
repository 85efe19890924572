import { describe, expect, it } from 'vitest';
import { batchId, batchOrderFor, type BatchRequest } from '../../../src/app/bulk/batch.js';
import type { Order } from '../../../src/store/journal.js';

const base: BatchRequest = {
  kind: 'topup',
  selection: { atRisk: true, all: false, expiringWithin: null, states: null, label: null },
  amount: '50',
  plan: null,
  method: null,
  account: null,
  sandbox: true,
  today: '2026-12-02',
};

describe('batchId', () => {
  it('is the same for the same command on the same day (a rerun finds its batch)', () => {
    expect(batchId(base)).toBe(batchId({ ...base, amount: ' 50 ' }));
    expect(batchId(base)).toMatch(/^bat_[0-9a-f]{12}$/);
  });

  it('ignores the order states and the case of the label were typed in', () => {
    const a = { ...base, selection: { ...base.selection, states: ['grace', 'expired'] as const, label: 'Acme' } };
    const b = { ...base, selection: { ...base.selection, states: ['expired', 'grace'] as const, label: 'acme' } };
    expect(batchId({ ...a, selection: { ...a.selection, states: [...a.selection.states] } })).toBe(batchId({ ...b, selection: { ...b.selection, states: [...b.selection.states] } }));
  });

  it.each<[string, Partial<BatchRequest>]>([
    ['another day', { today: '2026-12-03' }],
    ['another amount', { amount: '100' }],
    ['renew instead of top-up', { kind: 'renew' }],
    ['another plan', { plan: 'yearly' }],
    ['another method', { method: 'alipay' }],
    ['another account', { account: 'hk-main' }],
    ['real accounts instead of the sandbox', { sandbox: false }],
    ['other selectors', { selection: { ...base.selection, all: true } }],
  ])('differs for %s', (_name, change) => {
    expect(batchId({ ...base, ...change })).not.toBe(batchId(base));
  });
});

describe('batchOrderFor', () => {
  const order = (id: string, batch: string | null, line: string, createdAt: string) => ({ id, batch, account: 'sandbox', line, createdAt }) as Order;
  it('finds the latest order of this batch for the line, and nothing from other batches or lines', () => {
    const orders = [order('o1', 'bat_a', 'ln_1', '2026-12-02T01:00:00Z'), order('o2', 'bat_a', 'ln_1', '2026-12-02T02:00:00Z'), order('o3', 'bat_b', 'ln_2', '2026-12-02T02:00:00Z'), order('o4', null, 'ln_2', '2026-12-02T03:00:00Z')];
    expect(batchOrderFor(orders, 'bat_a', 'sandbox', 'ln_1')?.id).toBe('o2');
    expect(batchOrderFor(orders, 'bat_a', 'sandbox', 'ln_2')).toBeNull();
    expect(batchOrderFor(orders, 'bat_b', 'other', 'ln_2')).toBeNull();
  });
});
