// One HTTP round trip on the injected dispatcher's request(): the answer as text, or a failure classified by
// what matters for payments, namely whether the request may have reached the server. The dispatcher's method,
// not undici's top-level request(), so the build can leave out the rest of undici's index (scripts/vendor/undici.cjs).

import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { NetworkFailure } from '../port.js';
import { BODY_TIMEOUT_MS, HEADERS_TIMEOUT_MS } from './transport-limits.js';
/** Answers bigger than this are not a Provider API answer. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

export interface Answer {
  type: 'answer';
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** What went wrong, as far as people can act on it (the exact code goes to --debug). */
export type FailureReason = NetworkFailure;

export interface Failure {
  type: 'failure';
  reason: FailureReason;
  /** false only when the request certainly never left (refused, unresolvable, connect timeout). */
  mayHaveArrived: boolean;
  /** No answer in time: a headers/body timeout or the --timeout budget. */
  timedOut: boolean;
  /** For --debug and error messages; never contains headers or bodies. */
  detail: string;
}

export interface Exchange {
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** This attempt's deadline (its share of the --timeout budget); the exchange is abandoned when it passes. */
  remainingMs: number;
}

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_INVALID_URL']);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
const DROPPED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_CLOSED']);

function reasonFor(code: string): FailureReason {
  if (TIMEOUTS.has(code)) return 'timeout';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'not-found';
  if (DROPPED.has(code)) return 'dropped';
  return 'other';
}

function errorCode(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  if (typeof e?.code === 'string' && e.code !== 'UND_ERR_SOCKET') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return typeof e?.code === 'string' ? e.code : '';
}

export function classify(error: unknown, deadlineHit: boolean): Failure {
  const code = errorCode(error);
  if (deadlineHit) return { type: 'failure', reason: 'timeout', mayHaveArrived: true, timedOut: true, detail: 'deadline' };
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: 'failure',
    reason: reasonFor(code),
    mayHaveArrived: !NOT_SENT.has(code),
    timedOut: TIMEOUTS.has(code),
    detail: code ? `${code}: ${message}` : message,
  };
}

export async function exchange(dispatcher: Dispatcher, x: Exchange): Promise<Answer | Failure> {
  const deadline = AbortSignal.timeout(Math.max(1, x.remainingMs));
  try {
    const response = await dispatcher.request({
      origin: x.url.origin,
      path: `${x.url.pathname}${x.url.search}`,
      method: x.method,
      headers: x.headers,
      body: x.body ?? null,
      signal: deadline,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, Math.max(1, x.remainingMs)),
      bodyTimeout: Math.min(BODY_TIMEOUT_MS, Math.max(1, x.remainingMs)),
    });
    const length = Number(response.headers['content-length'] ?? 0);
    if (length > MAX_ANSWER_BYTES) {
      await response.body.dump().catch(() => undefined);
      return { type: 'answer', status: response.statusCode, headers: response.headers, text: '' };
    }
    const text = await response.body.text();
    return { type: 'answer', status: response.statusCode, headers: response.headers, text };
  } catch (error) {
    return classify(error, deadline.aborted);
  }
}
