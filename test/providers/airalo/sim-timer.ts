// Simulated time for the Airalo scheduler and the stand-in: a sleep moves the clock forward to when it ends
// and resolves on the next turn of the event loop, so minutes of rate-limited traffic pass in milliseconds.
// Time only ever moves forward; the scheduler's guarantee holds under any such clock (src/providers/airalo/limits.ts).

import type { Timer } from '../../../src/providers/airalo/limits.js';

export const SIM_EPOCH_MS = Date.parse('2026-11-22T04:00:00Z');

export class SimTimer implements Timer {
  private t = 0;
  slept = 0;

  now(): number {
    return this.t;
  }

  /** Wall-clock epoch ms on the same simulated time line. */
  wall = (): number => SIM_EPOCH_MS + this.t;

  advance(ms: number): void {
    this.t += ms;
  }

  sleep(ms: number): Promise<void> {
    const until = this.t + Math.max(0, ms);
    this.slept++;
    return new Promise((resolve) =>
      setImmediate(() => {
        this.t = Math.max(this.t, until);
        resolve();
      }),
    );
  }
}
