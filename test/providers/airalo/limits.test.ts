// The rate-limit scheduler in simulated time: no window on the server's side ever holds more than Airalo's
// limits, however the requests overlap, and a whole 1000-eSIM refresh through the real provider over HTTP
// draws zero 429s from a stand-in that answers 429 to every excess.

import { afterEach, describe, expect, it } from 'vitest';
import { AIRALO_LIMITS, RateScheduler, TurnTooLate } from '../../../src/providers/airalo/limits.js';
import { limitFor } from '../../../src/providers/airalo/open-airalo.js';
import { openAgainst, type Opened } from './open.js';
import { SimTimer } from './sim-timer.js';
import { startStandIn, type StandIn } from './stand-in/server.js';

/** The most arrivals within any span of `windowMs`. */
function busiest(arrivals: number[], windowMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

describe('rate-limit scheduler', () => {
  it('keeps 5 a second overall and 10 a minute per eSIM whatever the latency, in order', async () => {
    const timer = new SimTimer();
    const scheduler = new RateScheduler(limitFor, timer);
    const arrivals: number[] = [];
    const perEsim = new Map<string, number[]>();
    const order: number[] = [];
    // 300 requests over 20 eSIMs: 15 each, so the per-eSIM limit binds as well.
    const requests = Array.from({ length: 300 }, (_, i) => ({ i, iccid: `e${i % 20}` }));
    await pool(requests, 16, async ({ i, iccid }) => {
      await scheduler.run(['client', `usage:${iccid}`], 10_000_000, async () => {
        // Arrival somewhere inside the exchange: late arrivals must not break the limit either.
        await timer.sleep((i * 37) % 300);
        arrivals.push(timer.now());
        perEsim.set(iccid, [...(perEsim.get(iccid) ?? []), timer.now()]);
        order.push(i);
        await timer.sleep((i * 53) % 200);
      });
    });
    expect(arrivals).toHaveLength(300);
    expect(busiest(arrivals, 1_000)).toBeLessThanOrEqual(5);
    for (const times of perEsim.values()) expect(busiest(times, 60_000)).toBeLessThanOrEqual(10);
  });

  it('pauses everyone for a Retry-After', async () => {
    const timer = new SimTimer();
    const scheduler = new RateScheduler(limitFor, timer);
    scheduler.pause(30_000);
    await scheduler.run(['client'], 60_000, async () => undefined);
    expect(timer.now()).toBeGreaterThanOrEqual(30_000);
  });

  it('gives up at once, sending nothing, when the turn would come after the deadline', async () => {
    const timer = new SimTimer();
    const scheduler = new RateScheduler(limitFor, timer);
    for (let i = 0; i < AIRALO_LIMITS.perEsim.max; i++) await scheduler.run(['client', 'usage:x'], 1_000_000, async () => undefined);
    let sent = false;
    await expect(scheduler.run(['client', 'usage:x'], 5_000, async () => (sent = true))).rejects.toBeInstanceOf(TurnTooLate);
    expect(sent).toBe(false);
    expect(timer.now()).toBeLessThan(5_000);
  });
});

describe('a 1000-eSIM refresh against a stand-in that answers 429 to every excess', () => {
  let standIn: StandIn;
  let opened: Opened;
  afterEach(async () => {
    await opened.close();
    await standIn.close();
  });

  it('never trips a limit, and takes at least 200 s of (simulated) time', async () => {
    const timer = new SimTimer();
    standIn = await startStandIn({ sims: 1_000, now: timer.wall });
    opened = await openAgainst(standIn, timer, { timeoutMs: 600_000 });
    const lines = await opened.provider.listLines();
    expect(lines).toHaveLength(1_000);
    const started = timer.now();
    let read = 0;
    await pool(lines, 16, async (line) => {
      await opened.provider.lineStatus(line.id);
      read++;
    });
    expect(read).toBe(1_000);
    expect(standIn.limitHits).toBe(0);
    expect(standIn.violations).toEqual([]);
    expect(timer.now() - started).toBeGreaterThanOrEqual(200_000);
  });
});
