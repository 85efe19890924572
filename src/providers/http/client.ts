// Calls to one leb Provider API endpoint: retries, back-off, the --timeout budget, answer validation and the
// mapping of problems to ProviderError kinds. Two policies:
// - every attempt has its own deadline, a share of the --timeout budget (budget.ts), so one stalled request
//   does not use up the run and there is time to try again;
// - reads (and login, refresh, the auto-renew PUT) are retried on network errors, timeouts, 429 and 5xx;
// - payments are resent only with the same Idempotency-Key and the same bytes, and when no definite answer
//   comes back after something may have reached the server, they end as 'unknown-outcome' for the journal
//   and `leb reconcile` to settle through the order lookup.

import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { ProviderError, type ProviderReason } from '../port.js';
import { TokenRejected } from '../client-failures.js';
import type { WaitBudget } from './budget.js';
import { kindForProblem } from './problems.js';
import { providerText } from '../../domain/visible-text.js';

/** The longest problem detail passed on to a message. */
const DETAIL_MAX = 300;
import { nextDelay, parseRetryAfter, PAYMENT_POLICY, READ_POLICY, scaledToBudget, type RetryPolicy } from './retry.js';
import { exchange, type Answer, type Failure } from './transport.js';
import { firstIssue, ProblemWire } from './wire.js';

/** A 401 on an authenticated call: the session refreshes the token and calls again. Never leaves this folder. */
export interface ClientDeps {
  endpoint: URL;
  dispatcher: Dispatcher;
  budget: WaitBudget;
  debug: (message: string) => void;
  userAgent: string;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  policies?: { read?: RetryPolicy; payment?: RetryPolicy };
}

export interface Call<S extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** Bearer token; null for login and refresh. */
  token: string | null;
  schema: S;
  /** Present for payments: the key every attempt carries. */
  idempotencyKey?: string;
  /** Shared across the session's re-call after a refresh, so an earlier unclear attempt is not forgotten. */
  unclear?: { value: boolean };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ApiClient {
  /** After a 429 every request of this run waits until then: the whole pool backs off, not one worker. */
  private pausedUntil = 0;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: ClientDeps) {
    this.random = deps.random ?? Math.random;
    this.sleep = deps.sleep ?? defaultSleep;
  }

  url(path: string, query: Record<string, string | undefined> = {}): URL {
    const base = new URL(this.deps.endpoint.href.endsWith('/') ? this.deps.endpoint.href : `${this.deps.endpoint.href}/`);
    const url = new URL(path.replace(/^\//, ''), base);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    return url;
  }

  call<S extends z.ZodType>(call: Call<S>): Promise<z.infer<S>> {
    return this.deps.budget.during(() => this.attempts(call));
  }

  private headers(call: Call<z.ZodType>): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'user-agent': this.deps.userAgent };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (call.token !== null) headers.authorization = `Bearer ${call.token}`;
    if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;
    return headers;
  }

  private async attempts<S extends z.ZodType>(call: Call<S>): Promise<z.infer<S>> {
    const { budget } = this.deps;
    const payment = call.idempotencyKey !== undefined;
    const policy = scaledToBudget(payment ? (this.deps.policies?.payment ?? PAYMENT_POLICY) : (this.deps.policies?.read ?? READ_POLICY), budget.totalMs);
    const unclear = call.unclear ?? { value: false };
    const url = this.url(call.path, call.query);
    // Serialised once: every resend of a payment carries exactly the same bytes.
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const headers = this.headers(call);
    const label = `${call.method} ${url.pathname}`;

    for (let attempt = 1; ; attempt++) {
      await this.waitOutPause();
      const started = performance.now();
      const result = budget.remainingMs() <= 0 ? timedOut() : await exchange(this.deps.dispatcher, { method: call.method, url, headers, remainingMs: budget.attemptMs(), ...(body === undefined ? {} : { body }) });
      const took = Math.round(performance.now() - started);
      let failure: ProviderError;
      let retryAfterMs: number | null = null;

      if (result.type === 'failure') {
        this.deps.debug(`http: ${label} failed after ${took} ms (attempt ${attempt}): ${result.detail}`);
        if (payment && result.mayHaveArrived) unclear.value = true;
        const reason: ProviderReason = result.timedOut
          ? { code: 'timed-out', seconds: Math.round(budget.totalMs / 1000) }
          : { code: 'network', failure: result.reason };
        failure = new ProviderError('unreachable', reason, null);
      } else {
        this.deps.debug(`http: ${label} → ${result.status} in ${took} ms (attempt ${attempt})`);
        const outcome = this.judge(call, result, payment);
        if (outcome.ok) return outcome.value;
        failure = outcome.error;
        if (!outcome.retry) throw outcome.error;
        if (payment && outcome.unclear) unclear.value = true;
        // Honoured on any answer worth retrying (429, 503, 409 in progress), as HTTP allows (docs/sources.md, Retry-After).
        retryAfterMs = parseRetryAfter(result.headers['retry-after'], Date.now());
        if (result.status === 429) this.pausedUntil = Math.max(this.pausedUntil, performance.now() + (retryAfterMs ?? 1_000));
      }

      const delay = nextDelay(policy, attempt, retryAfterMs, budget.remainingMs(), this.random);
      // A payment that may have been applied is turned into unknown-outcome by HttpProvider.pay, which also
      // covers failures after a token refresh.
      if (delay === null) throw failure;
      this.deps.debug(`http: ${label}: retrying in ${delay} ms${payment ? ' with the same Idempotency-Key' : ''}`);
      await this.sleep(delay);
    }

    function timedOut(): Failure {
      return { type: 'failure', reason: 'timeout', mayHaveArrived: false, timedOut: true, detail: 'no time left' };
    }
  }

  private async waitOutPause(): Promise<void> {
    const wait = Math.min(this.pausedUntil - performance.now(), this.deps.budget.remainingMs());
    if (wait > 0) await this.sleep(wait);
  }

  private judge<S extends z.ZodType>(
    call: Call<S>,
    answer: Answer,
    payment: boolean,
  ): { ok: true; value: z.infer<S> } | { ok: false; error: ProviderError; retry: boolean; unclear: boolean } {
    const { status } = answer;
    if (status >= 200 && status < 300) {
      const parsed = parseAnswer(call.schema, answer.text);
      if (parsed.ok) return parsed;
      // A payment's garbled answer may hide a committed charge: resend (the key replays it) or report unknown.
      return { ok: false, error: parsed.error, retry: payment, unclear: payment };
    }
    const problem = readProblem(answer);
    const raw = problem?.detail ?? problem?.title;
    // A problem's words are shown to the user: made safe to print and bounded.
    const said = raw === undefined ? undefined : providerText(raw, DETAIL_MAX);
    const detail: ProviderReason = said === undefined ? { code: 'http-status', status } : { code: 'said', detail: said };
    const code = problem?.code ?? null;
    if (status === 401 && call.token !== null) throw new TokenRejected(detail);
    if (status === 429) return { ok: false, error: new ProviderError('unreachable', { code: 'rate-limited' }, code ?? 'rate_limited'), retry: true, unclear: false };
    if (status >= 500) return { ok: false, error: new ProviderError('unreachable', detail, code), retry: true, unclear: true };
    if (status === 409 && code === 'idempotency_key_in_progress') {
      // Our own earlier attempt may still be running at the server: wait for it, then it replays.
      return { ok: false, error: new ProviderError('busy', { code: 'payment-in-progress' }, code), retry: payment, unclear: false };
    }
    return { ok: false, error: new ProviderError(kindForProblem(code, status), detail, code), retry: false, unclear: false };
  }
}

function readProblem(answer: Answer): z.infer<typeof ProblemWire> | null {
  try {
    const parsed = ProblemWire.safeParse(JSON.parse(answer.text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function parseAnswer<S extends z.ZodType>(schema: S, text: string): { ok: true; value: z.infer<S> } | { ok: false; error: ProviderError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: new ProviderError('bad-response', { code: 'not-json' }) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const { field, message } = firstIssue(parsed.error, '(top level)');
  return { ok: false, error: new ProviderError('bad-response', { code: 'bad-shape', field, problem: message }) };
}
