// The stable problem codes of the leb Provider API (problem+json `code`, docs/sources.md), in one table shared by the
// reference server (which status to send), the client (which ProviderError kind to raise) and the spec.

import type { ProviderErrorKind } from '../port.js';

export interface ProblemInfo {
  status: number;
  /** Short, fixed summary for `title`; `detail` carries the specifics. */
  title: string;
  /** What the client makes of it once retries (if any) are spent. */
  kind: ProviderErrorKind;
}

export const PROBLEMS = {
  invalid_request: { status: 400, title: 'The request does not match the API', kind: 'invalid-request' },
  idempotency_key_missing: { status: 400, title: 'Idempotency-Key header required', kind: 'invalid-request' },
  unauthorized: { status: 401, title: 'Missing, invalid or expired access token', kind: 'auth' },
  invalid_credentials: { status: 401, title: 'Login or password not accepted', kind: 'auth' },
  invalid_refresh_token: { status: 401, title: 'Refresh token not accepted', kind: 'auth' },
  card_declined: { status: 402, title: 'Payment declined', kind: 'refused' },
  not_found: { status: 404, title: 'No such resource', kind: 'invalid-request' },
  line_not_found: { status: 404, title: 'No such line', kind: 'invalid-request' },
  order_not_found: { status: 404, title: 'No such order', kind: 'invalid-request' },
  method_not_allowed: { status: 405, title: 'Method not allowed on this resource', kind: 'invalid-request' },
  idempotency_key_in_progress: { status: 409, title: 'A request with this Idempotency-Key is still in progress', kind: 'busy' },
  no_plan: { status: 409, title: 'The line has no plan', kind: 'refused' },
  line_lapsed: { status: 409, title: 'The line has lapsed', kind: 'refused' },
  line_recycled: { status: 410, title: 'The number has been recycled', kind: 'refused' },
  payload_too_large: { status: 413, title: 'Request body too large', kind: 'invalid-request' },
  unsupported_media_type: { status: 415, title: 'Send application/json', kind: 'invalid-request' },
  plan_not_found: { status: 422, title: 'No such plan for this line', kind: 'invalid-request' },
  method_not_found: { status: 422, title: 'No such payment method for this line', kind: 'invalid-request' },
  currency_mismatch: { status: 422, title: 'Wrong currency for this line', kind: 'invalid-request' },
  amount_out_of_range: { status: 422, title: 'Top-up amount outside the allowed range', kind: 'invalid-request' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key already used with a different request', kind: 'invalid-request' },
  rate_limited: { status: 429, title: 'Too many requests', kind: 'unreachable' },
  internal_error: { status: 500, title: 'Internal error', kind: 'unreachable' },
  unavailable: { status: 503, title: 'Temporarily unavailable', kind: 'unreachable' },
} as const satisfies Record<string, ProblemInfo>;

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEMS, code);
}

/** `type` URI for a code (docs/sources.md, Problem details): a URN, so it never pretends to be a page that must resolve. */
export function problemType(code: string): string {
  return `urn:leb:problem:${code}`;
}

/** A code this client does not know (a newer server): judge by the status alone. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 402 || status === 410) return 'refused';
  if (status === 409) return 'busy';
  if (status === 429 || status >= 500) return 'unreachable';
  return 'invalid-request';
}

export function kindForProblem(code: string | null, status: number): ProviderErrorKind {
  if (code !== null && isProblemCode(code)) return PROBLEMS[code].kind;
  return kindForStatus(status);
}
