// When to try again and how long to wait: exponential back-off with jitter, or what Retry-After asks, both
// bounded by what is left of the --timeout budget. Pure, so the numbers are tested directly.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After honoured; a server asking for more is treated as unavailable now. */
  maxRetryAfterMs: number;
}

/** Reads, logins and refreshes: harmless to repeat. */
export const READ_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 250, maxDelayMs: 4_000, maxRetryAfterMs: 20_000 };

/** Payments: resent only with the same key and body (the provider replays it), and fewer times. */
export const PAYMENT_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 5_000, maxRetryAfterMs: 20_000 };

/**
 * The policy's back-off scaled to the --timeout budget, like the attempts' deadlines (budget.ts): a short budget
 * waits proportionally less between attempts, so the same share of it is left for trying.
 */
export function scaledToBudget(policy: RetryPolicy, totalMs: number): RetryPolicy {
  return {
    ...policy,
    baseDelayMs: Math.min(policy.baseDelayMs, Math.max(5, Math.round(totalMs / 100))),
    maxDelayMs: Math.min(policy.maxDelayMs, Math.max(10, Math.round(totalMs / 20))),
  };
}

/** Retry-After as milliseconds: delta-seconds or an HTTP-date (docs/sources.md, Retry-After); null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names its weekday and GMT; anything else Date.parse might guess at is not one.
  if (!/GMT$/.test(text)) return null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

/**
 * Milliseconds to wait before attempt `attempt + 1`, or null to stop: attempts used up, the server asks for
 * longer than we honour, or the wait would not leave time for the attempt itself.
 */
export function nextDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | null,
  remainingMs: number,
  random: () => number,
): number | null {
  if (attempt >= policy.maxAttempts) return null;
  let delay: number;
  if (retryAfterMs !== null) {
    if (retryAfterMs > policy.maxRetryAfterMs) return null;
    delay = retryAfterMs;
  } else {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    // "Equal jitter": at least half the back-off, so a crowd of clients spreads out but never hammers.
    delay = ceiling / 2 + random() * (ceiling / 2);
  }
  return delay < remainingMs ? Math.round(delay) : null;
}
