import { describe, expect, it } from 'vitest';
import { latestRecorded } from '../../../src/providers/sandbox/recorded.js';
import { seedState } from '../../../src/providers/sandbox/seed.js';
import { advance, topup } from '../../../src/providers/sandbox/carrier.js';

const NOW = new Date('2026-11-22T04:00:00Z');
const DAY_MS = 86_400_000;

describe('the last moment the sandbox carrier recorded', () => {
  it('a fresh carrier holds nothing', () => {
    expect(latestRecorded(seedState(NOW, 1))).toBeNull();
  });

  it('its latest order', () => {
    const state = seedState(NOW, 1);
    const line = state.lines[0]!;
    topup(state, { lineId: line.id, idempotencyKey: 'k1', methodId: 'card', amount: { minor: 5_000, currency: 'HKD' } }, NOW);
    const later = new Date(NOW.getTime() + 3 * DAY_MS);
    topup(state, { lineId: line.id, idempotencyKey: 'k2', methodId: 'card', amount: { minor: 5_000, currency: 'HKD' } }, later);
    expect(latestRecorded(state)?.toISOString()).toBe(later.toISOString());
  });

  it('the day a number was recycled (the day after expiry plus 30 days of grace, in Hong Kong)', () => {
    const state = seedState(NOW, 1);
    // The line in grace expired 5 days ago (2026-11-17): recycled from 2026-12-18.
    advance(state, new Date(NOW.getTime() + 40 * DAY_MS));
    const recycled = state.lines.filter((l) => l.recycled);
    expect(recycled.map((l) => l.expiresAt)).toContain('2026-11-17T23:59:59+08:00');
    expect(latestRecorded(state)?.toISOString()).toBe(
      new Date(Math.max(...recycled.map((l) => Date.parse(`${l.expiresAt!.slice(0, 10)}T00:00:00+08:00`) + 31 * DAY_MS))).toISOString(),
    );
    expect(latestRecorded(state)!.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-12-18T00:00:00+08:00'));
  });
});
