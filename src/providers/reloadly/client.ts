// Calls to Reloadly's two hosts (auth and top-ups): each goes out on the run's undici Agent through the shared
// transport (../http/transport.ts) inside the --timeout budget and comes back validated or as a structured
// error. Reads and the token request are retried on network errors, 5xx and 429 (back-off from
// ../http/retry.ts; a 429 pauses every request of the run). A top-up is never resent from here: a reused
// customIdentifier is refused rather than replayed, so a top-up that may have arrived ends in UnclearOutcome
// and the provider looks its identifier up in the transactions report before anything is sent again.

import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { WaitBudget } from '../http/budget.js';
import { nextDelay, parseRetryAfter, READ_POLICY, type RetryPolicy } from '../http/retry.js';
import { exchange, type Answer } from '../http/transport.js';
import type { ProviderError, ProviderReason } from '../port.js';
import { parseJson, TokenRejected, UnclearOutcome } from '../client-failures.js';
import { answeredError, reloadlyError } from './errors.js';
import { ErrorWire } from './wire.js';

/** Reloadly's versioned media type for the airtime API. */
export const AIRTIME_ACCEPT = 'application/com.reloadly.topups-v1+json';

export interface ReloadlyCall<S extends z.ZodType> {
  host: 'auth' | 'topups';
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  token: string | null;
  schema: S;
  /** A top-up: never resent once it may have arrived. */
  payment?: boolean;
  /** The number concerned, for error values. */
  number?: string | null;
}

export interface ReloadlyClientDeps {
  authOrigin: URL;
  topupsOrigin: URL;
  dispatcher: Dispatcher;
  budget: WaitBudget;
  debug: (message: string) => void;
  userAgent: string;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  policy?: RetryPolicy;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ReloadlyClient {
  /** After a 429 every request of this run waits until then. */
  private pausedUntil = 0;

  constructor(private readonly deps: ReloadlyClientDeps) {}

  call<S extends z.ZodType>(call: ReloadlyCall<S>): Promise<z.infer<S>> {
    return this.deps.budget.during(() => this.attempts(call));
  }

  private url(call: ReloadlyCall<z.ZodType>): URL {
    const origin = call.host === 'auth' ? this.deps.authOrigin : this.deps.topupsOrigin;
    const base = origin.href.endsWith('/') ? origin.href : `${origin.href}/`;
    const url = new URL(call.path.replace(/^\//, ''), base);
    for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
    return url;
  }

  private async attempts<S extends z.ZodType>(call: ReloadlyCall<S>): Promise<z.infer<S>> {
    const { budget, debug } = this.deps;
    const sleep = this.deps.sleep ?? defaultSleep;
    const policy = this.deps.policy ?? READ_POLICY;
    const url = this.url(call);
    const headers: Record<string, string> = {
      accept: call.host === 'auth' ? 'application/json' : AIRTIME_ACCEPT,
      'user-agent': this.deps.userAgent,
    };
    if (call.token !== null) headers.authorization = `Bearer ${call.token}`;
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const label = `${call.method} ${url.pathname}`;
    const seconds = Math.round(budget.totalMs / 1000);

    for (let attempt = 1; ; attempt++) {
      const wait = Math.min(this.pausedUntil - performance.now(), budget.remainingMs());
      if (wait > 0) await sleep(wait);
      const result = await exchange(this.deps.dispatcher, { method: call.method, url, headers, remainingMs: budget.remainingMs(), ...(body === undefined ? {} : { body }) });
      let failure: ProviderError;
      let retryAfterMs: number | null = null;
      if (result.type === 'failure') {
        debug(`reloadly: ${label} failed (attempt ${attempt}): ${result.detail}`);
        const why: ProviderReason = result.timedOut ? { code: 'timed-out', seconds } : { code: 'network', failure: result.reason };
        if (call.payment && result.mayHaveArrived) throw new UnclearOutcome(why);
        failure = reloadlyError('unreachable', result.timedOut ? 'timed_out' : 'network', why);
      } else {
        debug(`reloadly: ${label} → ${result.status} (attempt ${attempt})`);
        const judged = this.judge(call, result);
        if (judged.ok) return judged.value;
        failure = judged.error;
        if (!judged.retry) throw failure;
        retryAfterMs = parseRetryAfter(result.headers['retry-after'], Date.now());
        if (result.status === 429) this.pausedUntil = Math.max(this.pausedUntil, performance.now() + (retryAfterMs ?? 1_000));
      }
      const delay = nextDelay(policy, attempt, retryAfterMs, budget.remainingMs(), this.deps.random ?? Math.random);
      if (delay === null) throw failure;
      debug(`reloadly: ${label}: trying again in ${delay} ms`);
      if (retryAfterMs === null) await sleep(delay);
    }
  }

  private judge<S extends z.ZodType>(call: ReloadlyCall<S>, answer: Answer): { ok: true; value: z.infer<S> } | { ok: false; error: ProviderError; retry: boolean } {
    const { status } = answer;
    const json = parseJson(answer.text);
    if (status >= 200 && status < 300) {
      const parsed = call.schema.safeParse(json);
      if (parsed.success) return { ok: true, value: parsed.data };
      const issue = parsed.error.issues[0];
      const why: ProviderReason = json === null ? { code: 'not-json' } : { code: 'bad-shape', field: issue?.path.join('.') || '(top level)', problem: issue?.message ?? 'unexpected' };
      // A top-up's unreadable answer may hide a committed charge.
      if (call.payment) throw new UnclearOutcome(why);
      return { ok: false, error: reloadlyError('bad-response', 'bad_answer', why), retry: false };
    }
    // A 429 turns the request away before anything is done, so even a top-up may be sent again.
    if (status === 429) return { ok: false, error: reloadlyError('unreachable', 'rate_limited', { code: 'rate-limited' }), retry: true };
    if (status >= 500) {
      if (call.payment) throw new UnclearOutcome({ code: 'http-status', status });
      return { ok: false, error: reloadlyError('unreachable', 'server_error', { code: 'http-status', status }), retry: true };
    }
    const said = ErrorWire.safeParse(json);
    const errorCode = said.success ? (said.data.errorCode ?? null) : null;
    if (status === 401 && call.token !== null && errorCode !== 'INVALID_CREDENTIALS') throw new TokenRejected({ code: 'said', detail: `HTTP 401 ${errorCode ?? ''}` });
    return { ok: false, error: answeredError(status, errorCode, said.success ? (said.data.message ?? null) : null, call.number ?? null), retry: false };
  }
}
