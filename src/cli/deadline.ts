// --timeout as a bound on the whole command, not only on the network (the http client's WaitBudget): past it,
// the run's signal aborts with a TimedOutError, so every wait on a provider ends at once (providers/
// interruptible.ts) and the command stops with exit 5 and one line naming --timeout. Time at a prompt does not
// count (the person is thinking, not leb). Once a payment is on its way the deadline is disarmed for the rest
// of the run: a payment already sent is finished, recorded and its receipt printed, never cut short.

/**
 * The command's deadline for a --timeout: a tenth later (at least a second), so that what the network budget
 * already ends well (status showing the lines it could not refresh from the cache, an unclear payment recorded
 * as unknown) finishes first, and this catches the work no budget watches.
 */
export function commandDeadlineMs(timeoutMs: number): number {
  return timeoutMs + Math.max(1_000, Math.round(timeoutMs / 10));
}

/** Arms a one-shot timer; returns what cancels it. Tests hand in one that fires when they say. */
export type ArmTimer = (ms: number, fire: () => void) => () => void;

export const realTimer: ArmTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms);
  // A finished run never waits for the deadline.
  timer.unref();
  return () => clearTimeout(timer);
};

export interface Deadline {
  /** Stop the clock (a prompt is showing); calls nest. */
  pause(): void;
  resume(): void;
  /** Never fire again in this run (a payment is on its way). */
  disarm(): void;
}

export function startDeadline(ms: number, expire: () => void, arm: ArmTimer = realTimer, now: () => number = Date.now): Deadline {
  let left = ms;
  let since = now();
  let paused = 0;
  let done = false;
  let cancel: (() => void) | null = null;
  const fire = () => {
    if (done) return;
    done = true;
    cancel = null;
    expire();
  };
  const run = () => {
    since = now();
    cancel = arm(Math.max(0, left), fire);
  };
  run();
  return {
    pause() {
      if (done || paused++ > 0) return;
      cancel?.();
      cancel = null;
      left -= now() - since;
    },
    resume() {
      if (done || paused === 0 || --paused > 0) return;
      run();
    },
    disarm() {
      done = true;
      cancel?.();
      cancel = null;
    },
  };
}
