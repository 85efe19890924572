// `--timeout` bounds how long one command waits on the provider in total. Only time spent waiting counts:
// while at least one request (or a retry's back-off) is under way the budget drains at wall-clock speed,
// however many run at once; while the user thinks at a prompt it does not drain at all.

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
