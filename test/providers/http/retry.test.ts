import { describe, expect, it } from 'vitest';
import { WaitBudget } from '../../../src/providers/http/budget.js';
import { nextDelay, parseRetryAfter, PAYMENT_POLICY, READ_POLICY, scaledToBudget } from '../../../src/providers/http/retry.js';
import { classify } from '../../../src/providers/http/transport.js';

describe('nextDelay', () => {
  const half = () => 0.5;
  it.each([
    // attempt, retryAfterMs, remainingMs, delay
    [1, null, 30_000, 188],
    [2, null, 30_000, 375],
    [3, null, 30_000, 750],
    [4, null, 30_000, 1_500],
    [8, null, 30_000, null],
    [1, 2_000, 30_000, 2_000],
    [1, 25_000, 30_000, null],
    [1, 2_000, 1_500, null],
    [3, null, 500, null],
  ])('read attempt %i, Retry-After %s, %i ms left → %s', (attempt, retryAfter, remaining, expected) => {
    expect(nextDelay(READ_POLICY, attempt, retryAfter, remaining, half)).toBe(expected);
  });

  it('jitter stays between half and all of the exponential step, capped', () => {
    for (const r of [0, 0.3, 0.999]) {
      const delay = nextDelay(PAYMENT_POLICY, 2, null, 60_000, () => r) as number;
      expect(delay).toBeGreaterThanOrEqual(500);
      expect(delay).toBeLessThanOrEqual(1_000);
    }
    expect(nextDelay({ ...READ_POLICY, maxAttempts: 99 }, 20, null, 60_000, () => 0.999)).toBeLessThanOrEqual(READ_POLICY.maxDelayMs);
  });

  it('payments try fewer times than reads', () => {
    expect(nextDelay(PAYMENT_POLICY, 6, null, 60_000, () => 0)).toBeNull();
    expect(nextDelay(READ_POLICY, 6, null, 60_000, () => 0)).not.toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T04:00:00Z');
  it.each([
    ['3', 3_000],
    ['0', 0],
    ['Sun, 22 Nov 2026 04:00:05 GMT', 5_000],
    ['Sun, 22 Nov 2026 03:00:00 GMT', 0],
    ['soon', null],
    ['-1', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('WaitBudget', () => {
  it('drains only while something waits, once however many wait together', async () => {
    let clock = 0;
    const budget = new WaitBudget(1_000, () => clock);
    expect(budget.remainingMs()).toBe(1_000);
    await budget.during(async () => {
      clock += 100;
      await Promise.all([budget.during(async () => void (clock += 50)), budget.during(async () => void (clock += 50))]);
      expect(budget.remainingMs()).toBe(800);
    });
    clock += 5_000; // a person thinking at a prompt
    expect(budget.remainingMs()).toBe(800);
  });
});

describe('classify', () => {
  it.each([
    ['ECONNREFUSED', false, false],
    ['ENOTFOUND', false, false],
    ['UND_ERR_CONNECT_TIMEOUT', false, true],
    ['ECONNRESET', true, false],
    ['UND_ERR_SOCKET', true, false],
    ['UND_ERR_HEADERS_TIMEOUT', true, true],
    ['UND_ERR_BODY_TIMEOUT', true, true],
  ])('%s: may have arrived %s, timed out %s', (code, mayHaveArrived, timedOut) => {
    expect(classify(Object.assign(new Error('x'), { code }), false)).toMatchObject({ mayHaveArrived, timedOut });
  });

  it('the --timeout budget running out counts as maybe sent', () => {
    expect(classify(new Error('aborted'), true)).toMatchObject({ mayHaveArrived: true, timedOut: true });
  });
});

describe('per-attempt deadlines and back-off scaled to --timeout', () => {
  it('an attempt gets a tenth of the budget, never more than is left', () => {
    let now = 0;
    const budget = new WaitBudget(10_000, () => now);
    expect(budget.attemptMs()).toBe(1_000);
    void budget.during(async () => {
      now = 9_500;
      expect(budget.attemptMs()).toBe(500);
    });
  });

  it('back-off shrinks with a short budget, and is unchanged for a long one', () => {
    expect(scaledToBudget(READ_POLICY, 2_000)).toMatchObject({ baseDelayMs: 20, maxDelayMs: 100 });
    expect(scaledToBudget(READ_POLICY, 600_000)).toMatchObject({ baseDelayMs: READ_POLICY.baseDelayMs, maxDelayMs: READ_POLICY.maxDelayMs });
  });
});
