// `--timeout` bounds how long one command waits on the provider in total. Only time spent waiting counts:
// while at least one request (or a retry's back-off) is under way the budget drains at wall-clock speed,
// however many run at once; while the user thinks at a prompt it does not drain at all.
//
// Each attempt has its own deadline, a tenth of the budget: a request the server swallows (a stall) costs one
// attempt, not the whole run, and there is time left to try again. Answers slower than that are not expected
// from a Provider API (they take milliseconds to a second); a slow payment resent with its key is answered
// "in progress" (409) and then replayed.

/** The budget is shared out so that this many attempts fit in it, back-off included. */
export const ATTEMPTS_PER_BUDGET = 10;
/** Below this an attempt cannot even complete on a loopback connection. */
const ATTEMPT_FLOOR_MS = 50;

export class WaitBudget {
  private active = 0;
  private spentMs = 0;
  private since = 0;

  constructor(
    readonly totalMs: number,
    /** Monotonic milliseconds; never the context's (possibly fixed) clock. */
    private readonly clock: () => number = () => performance.now(),
  ) {}

  remainingMs(): number {
    const running = this.active > 0 ? this.clock() - this.since : 0;
    // Whole milliseconds: timers and undici take integers.
    return Math.max(0, Math.floor(this.totalMs - this.spentMs - running));
  }

  /** The deadline of the next attempt: its share of the budget, within what is left. */
  attemptMs(): number {
    return Math.min(this.remainingMs(), Math.max(ATTEMPT_FLOOR_MS, Math.round(this.totalMs / ATTEMPTS_PER_BUDGET)));
  }

  /** Count the time `work` takes as waiting on the provider. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    if (this.active++ === 0) this.since = this.clock();
    try {
      return await work();
    } finally {
      if (--this.active === 0) this.spentMs += this.clock() - this.since;
    }
  }
}
