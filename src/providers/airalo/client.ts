// Calls to Airalo: each one waits for its turn from the rate-limit scheduler (limits.ts), goes out on the run's
// undici Agent through the shared transport (../http/transport.ts), inside the run's --timeout budget, and
// comes back validated or as a structured AiraloError. Reads are retried on network errors, 5xx and 429
// (back-off from ../http/retry.ts; a Retry-After pauses the whole scheduler). A top-up is never resent from
// here: Airalo has no idempotency, so a top-up that may have arrived ends in UnclearOutcome and the provider
// settles it through the package history before anything is sent again. A 429 is the exception: Airalo turns
// the request away before doing anything, so it may be sent again.

import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { WaitBudget } from '../http/budget.js';
import { nextDelay, parseRetryAfter, READ_POLICY, scaledToBudget, type RetryPolicy } from '../http/retry.js';
import { exchange, type Answer } from '../http/transport.js';
import type { ProviderError, ProviderReason } from '../port.js';
import { parseJson, TokenRejected, UnclearOutcome } from '../client-failures.js';
import { airaloError, businessError, fieldError } from './errors.js';
import { TurnTooLate, type RateScheduler, type Timer } from './limits.js';
import { BusinessFailure, FieldFailure } from './wire.js';

export type Body = { type: 'form' | 'multipart'; fields: Record<string, string> };

export interface AiraloCall<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: Body;
  token: string | null;
  schema: S;
  /** The scheduler's limits this request counts against. */
  limits: readonly string[];
  /** A top-up: never resent once it may have arrived. */
  payment?: boolean;
  /** The eSIM concerned, for error values. */
  iccid?: string | null;
}

export interface AiraloClientDeps {
  origin: URL;
  dispatcher: Dispatcher;
  budget: WaitBudget;
  scheduler: RateScheduler;
  timer: Timer;
  debug: (message: string) => void;
  userAgent: string;
  random?: () => number;
  policy?: RetryPolicy;
}

/** multipart/form-data of text fields, with a boundary that cannot occur in them. */
export function multipart(fields: Record<string, string>, boundary: string): string {
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return `${parts.join('')}--${boundary}--\r\n`;
}

let boundarySerial = 0;

export class AiraloClient {
  constructor(private readonly deps: AiraloClientDeps) {}

  call<S extends z.ZodType>(call: AiraloCall<S>): Promise<z.infer<S>> {
    return this.deps.budget.during(() => this.attempts(call));
  }

  private encode(call: AiraloCall<z.ZodType>): { headers: Record<string, string>; body?: string } {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': this.deps.userAgent };
    if (call.token !== null) headers.authorization = `Bearer ${call.token}`;
    if (!call.body) return { headers };
    if (call.body.type === 'form') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      return { headers, body: new URLSearchParams(call.body.fields).toString() };
    }
    const boundary = `leb-${process.pid}-${++boundarySerial}-${Math.random().toString(36).slice(2)}`;
    headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
    return { headers, body: multipart(call.body.fields, boundary) };
  }

  private async attempts<S extends z.ZodType>(call: AiraloCall<S>): Promise<z.infer<S>> {
    const { budget, scheduler, debug } = this.deps;
    const policy = scaledToBudget(this.deps.policy ?? READ_POLICY, budget.totalMs);
    const url = new URL(call.path, this.deps.origin);
    for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
    const { headers, body } = this.encode(call);
    const label = `${call.method} ${url.pathname}`;
    const seconds = Math.round(budget.totalMs / 1000);

    for (let attempt = 1; ; attempt++) {
      let result: Awaited<ReturnType<typeof exchange>>;
      try {
        result = await scheduler.run(call.limits, budget.remainingMs(), () =>
          // A read gets its share of the budget per attempt (a stall costs one attempt); a top-up is never resent,
          // so it may use all that is left rather than be cut short and left unclear.
          exchange(this.deps.dispatcher, { method: call.method, url, headers, remainingMs: call.payment ? budget.remainingMs() : budget.attemptMs(), ...(body === undefined ? {} : { body }) }),
        );
      } catch (error) {
        if (error instanceof TurnTooLate) throw airaloError('unreachable', 'rate_wait', { code: 'rate-wait', seconds });
        throw error;
      }
      let failure: ProviderError;
      let retryAfterMs: number | null = null;
      if (result.type === 'failure') {
        debug(`airalo: ${label} failed (attempt ${attempt}): ${result.detail}`);
        const why: ProviderReason = result.timedOut ? { code: 'timed-out', seconds } : { code: 'network', failure: result.reason };
        if (call.payment && result.mayHaveArrived) throw new UnclearOutcome(why);
        failure = airaloError('unreachable', result.timedOut ? 'timed_out' : 'network', why);
      } else {
        debug(`airalo: ${label} → ${result.status} (attempt ${attempt})`);
        const judged = this.judge(call, result);
        if (judged.ok) return judged.value;
        failure = judged.error;
        if (!judged.retry) throw failure;
        retryAfterMs = parseRetryAfter(result.headers['retry-after'], Date.now());
        if (result.status === 429) scheduler.pause(retryAfterMs ?? 1_000);
      }
      const delay = nextDelay(policy, attempt, retryAfterMs, budget.remainingMs(), this.deps.random ?? Math.random);
      if (delay === null) throw failure;
      debug(`airalo: ${label}: trying again in ${delay} ms`);
      // After a 429 the scheduler itself holds the next turn back; other failures back off here.
      if (retryAfterMs === null) await this.deps.timer.sleep(delay);
    }
  }

  private judge<S extends z.ZodType>(call: AiraloCall<S>, answer: Answer): { ok: true; value: z.infer<S> } | { ok: false; error: ProviderError; retry: boolean } {
    const { status } = answer;
    const iccid = call.iccid ?? null;
    const json = parseJson(answer.text);
    if (status >= 200 && status < 300) {
      const parsed = call.schema.safeParse(json);
      if (parsed.success) return { ok: true, value: parsed.data };
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(top level)';
      const why: ProviderReason = json === null ? { code: 'not-json' } : { code: 'bad-shape', field, problem: issue?.message ?? 'unexpected' };
      if (call.payment) throw new UnclearOutcome(why);
      return { ok: false, error: airaloError('bad-response', 'bad_answer', why), retry: false };
    }
    if (status === 401) {
      if (call.token !== null) throw new TokenRejected({ code: 'said', detail: `HTTP ${status}` });
      return { ok: false, error: airaloError('auth', 'credentials_rejected', { code: 'credentials-rejected' }), retry: false };
    }
    if (status === 429) return { ok: false, error: airaloError('unreachable', 'rate_limited', { code: 'rate-limited' }), retry: true };
    if (status >= 500) {
      if (call.payment) throw new UnclearOutcome({ code: 'http-status', status });
      return { ok: false, error: airaloError('unreachable', 'server_error', { code: 'http-status', status }), retry: true };
    }
    const business = BusinessFailure.safeParse(json);
    if (business.success) return { ok: false, error: businessError(business.data.code, business.data.reason, iccid), retry: false };
    if (status === 403) return { ok: false, error: airaloError('auth', 'forbidden', { code: 'forbidden' }), retry: false };
    if (status === 404) return { ok: false, error: airaloError('invalid-request', 'line_not_found', { code: 'line-not-found', line: iccid }), retry: false };
    const fields = FieldFailure.safeParse(json);
    if (status === 422 && fields.success) return { ok: false, error: fieldError(fields.data.data, iccid), retry: false };
    return { ok: false, error: airaloError('bad-response', 'unexpected_status', { code: 'http-status', status }), retry: false };
  }
}
