// Build the http provider the way open-http.ts does, on any dispatcher (a real Agent or undici's MockAgent),
// with an in-memory token keeper that records every pair it is asked to save.

import type { Dispatcher } from 'undici';
import { WaitBudget } from '../../../src/providers/http/budget.js';
import { ApiClient } from '../../../src/providers/http/client.js';
import { HttpProvider } from '../../../src/providers/http/provider.js';
import type { RetryPolicy } from '../../../src/providers/http/retry.js';
import { logIn, Session, type Tokens } from '../../../src/providers/http/session.js';

export const FAST_READ: RetryPolicy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };
export const FAST_PAYMENT: RetryPolicy = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };

export interface Built {
  provider: HttpProvider;
  client: ApiClient;
  /** Every token pair the session asked to keep (refreshes). */
  saved: Tokens[];
  debug: string[];
  /** Every wait the client asked for (back-off, Retry-After, a 429 pause), in order. */
  waits: number[];
}

export interface BuildOptions {
  dispatcher: Dispatcher;
  endpoint: string;
  /** Start with these tokens, or log in with `login` on first use. */
  tokens?: Tokens;
  login?: { login: string; password: string };
  timeoutMs?: number;
  now?: () => Date;
  policies?: { read?: RetryPolicy; payment?: RetryPolicy };
  /** How a wait ends; by default at once (nothing in tests sleeps for real). Every wait is recorded first. */
  sleep?: (ms: number) => Promise<void>;
}

export function buildHttpProvider(options: BuildOptions): Built {
  const now = options.now ?? (() => new Date());
  const debug: string[] = [];
  const waits: number[] = [];
  const client = new ApiClient({
    endpoint: new URL(options.endpoint),
    dispatcher: options.dispatcher,
    budget: new WaitBudget(options.timeoutMs ?? 10_000),
    debug: (line) => debug.push(line),
    userAgent: 'leb-test',
    policies: options.policies ?? { read: FAST_READ, payment: FAST_PAYMENT },
    sleep: async (ms) => {
      waits.push(ms);
      await options.sleep?.(ms);
    },
  });
  const saved: Tokens[] = [];
  let tokens: Tokens | null = options.tokens ?? null;
  const keeper = {
    async load() {
      if (tokens === null && options.login) tokens = await logIn(client, options.login.login, options.login.password, now);
      return tokens;
    },
    async save(fresh: Tokens) {
      tokens = fresh;
      saved.push(fresh);
    },
  };
  return { provider: new HttpProvider(client, new Session(client, keeper, now, 'test')), client, saved, debug, waits };
}
