// The one rate-limit scheduler of an Airalo account for a run: every request asks it for a turn. Airalo counts
// requests as they arrive and answers 429 past its limits (docs/airalo.md): 5 a second per client, and 10 a
// minute per eSIM for usage and for package history. A request counts against a limit from the moment it is
// granted until one window after its answer came back, so however late a request reaches the server (or a
// clock jumps, as in tests), no window on the server's side can ever hold more than the limit. Turns are
// granted in the order asked, except that a request held back by its own eSIM's limit lets the next one pass.
// A Retry-After pauses every request. Time comes from an injected Timer, so tests run in simulated time.

export interface Timer {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface LimitSpec {
  max: number;
  windowMs: number;
}

/** Airalo's published limits, with a safety margin on each window for clocks and network delays. */
export const AIRALO_LIMITS = {
  client: { max: 5, windowMs: 1_100 },
  perEsim: { max: 10, windowMs: 61_000 },
  token: { max: 3, windowMs: 61_000 },
} as const satisfies Record<string, LimitSpec>;

/** The wait for a turn would outlast the time left (--timeout): nothing was sent. */
export class TurnTooLate extends Error {
  override readonly name = 'TurnTooLate';
  constructor(readonly waitMs: number) {
    super(`the next turn is ${waitMs} ms away`);
  }
}

class Bucket {
  inFlight = 0;
  /** When recent answers came back; each holds its place for one window. */
  private readonly done: number[] = [];
  constructor(readonly spec: LimitSpec) {}

  private prune(now: number): void {
    while (this.done.length > 0 && this.done[0]! <= now - this.spec.windowMs) this.done.shift();
  }

  free(now: number): boolean {
    this.prune(now);
    return this.inFlight + this.done.length < this.spec.max;
  }

  /** When a place frees up without any answer arriving, or Infinity when only answers can free one. */
  nextFree(now: number): number {
    this.prune(now);
    const excess = this.inFlight + this.done.length - this.spec.max;
    if (excess < 0) return now;
    // The (excess + 1)-th oldest answer must leave the window; answers still to come cannot be counted on.
    return excess < this.done.length ? this.done[excess]! + this.spec.windowMs : Infinity;
  }

  finish(now: number): void {
    this.inFlight--;
    this.done.push(now);
  }

  idle(now: number): boolean {
    this.prune(now);
    return this.inFlight === 0 && this.done.length === 0;
  }
}

interface Waiter {
  buckets: Bucket[];
  grant: () => void;
  reject: (error: Error) => void;
  deadline: number;
}

export class RateScheduler {
  private readonly buckets = new Map<string, Bucket>();
  private readonly queue: Waiter[] = [];
  private pausedUntil = 0;
  private timerAt = Infinity;

  constructor(
    private readonly specs: (key: string) => LimitSpec,
    private readonly timer: Timer = realTimer,
  ) {}

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new Bucket(this.specs(key));
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Hold every request until `ms` from now (a Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timer.now() + ms);
    this.pump();
  }

  /** Run `work` in its turn under every named limit; gives up with TurnTooLate if the turn is past `withinMs`. */
  async run<T>(keys: readonly string[], withinMs: number, work: () => Promise<T>): Promise<T> {
    const buckets = keys.map((k) => this.bucket(k));
    await new Promise<void>((grant, reject) => {
      this.queue.push({ buckets, grant, reject, deadline: this.timer.now() + withinMs });
      this.pump();
    });
    try {
      return await work();
    } finally {
      const now = this.timer.now();
      for (const b of buckets) b.finish(now);
      this.forgetIdle(now);
      this.pump();
    }
  }

  private forgetIdle(now: number): void {
    if (this.buckets.size < 4_096) return;
    for (const [key, bucket] of this.buckets) if (bucket.idle(now)) this.buckets.delete(key);
  }

  private pump(): void {
    const now = this.timer.now();
    let wake = Infinity;
    for (let i = 0; i < this.queue.length; i++) {
      const waiter = this.queue[i]!;
      const at = Math.max(this.pausedUntil, ...waiter.buckets.map((b) => b.nextFree(now)));
      if (at <= now && waiter.buckets.every((b) => b.free(now))) {
        for (const b of waiter.buckets) b.inFlight++;
        this.queue.splice(i--, 1);
        waiter.grant();
        continue;
      }
      // Past the deadline, or a turn known to come too late; one that waits on answers waits until the deadline.
      if (now >= waiter.deadline || (at !== Infinity && at > waiter.deadline)) {
        this.queue.splice(i--, 1);
        waiter.reject(new TurnTooLate(at === Infinity ? Math.max(0, waiter.deadline - now) : at - now));
        continue;
      }
      // A turn that waits on answers is woken by them (every answer pumps), not by a timer.
      if (at !== Infinity) wake = Math.min(wake, at);
    }
    if (wake < this.timerAt && wake !== Infinity) {
      this.timerAt = wake;
      void this.timer.sleep(Math.max(0, wake - now)).then(() => {
        if (this.timerAt === wake) this.timerAt = Infinity;
        this.pump();
      });
    }
  }
}
