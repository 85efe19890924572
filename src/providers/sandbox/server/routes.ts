// The leb Provider API over the sandbox carrier core: each route validates its input with the same zod schemas
// the client and docs/provider-api.yaml use, runs the carrier on the in-memory state and answers the wire
// shape. No sockets here (server.ts has them), so every rule can be read in one place.

import type { z } from 'zod';
import { ProviderError } from '../../port.js';
import * as carrier from '../carrier.js';
import { SANDBOX_METHODS, SANDBOX_PLANS } from '../catalogue.js';
import type { SandboxOrder, SandboxState } from '../state.js';
import { fromMoney, toLineRef, toLineStatus, toOrder, toPlan, WireError } from '../../http/convert.js';
import { isProblemCode, PROBLEMS, type ProblemCode } from '../../http/problems.js';
import {
  AutoRenewRequestWire,
  firstIssue,
  IDEMPOTENCY_KEY,
  LinesQueryWire,
  LoginRequestWire,
  RefreshRequestWire,
  RenewalRequestWire,
  TopupRequestWire,
  type OrderWire,
} from '../../http/wire.js';
import type { TokenIssuer } from './tokens.js';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A problem+json answer; thrown by routes, rendered by server.ts. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export interface ApiDeps {
  state: SandboxState;
  issuer: TokenIssuer;
  now: () => Date;
  /** Let the carrier's time pass (recycling, auto-renewals) before answering. */
  advance: () => void;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = firstIssue(result.error, where);
  throw new ApiProblem('invalid_request', `${field}: ${message}`);
}

function header(req: ApiRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A carrier refusal or rejection as the problem the spec names for its code. */
export function problemFromCarrier(error: ProviderError): ApiProblem {
  if (error.code !== null && isProblemCode(error.code)) return new ApiProblem(error.code, error.message);
  return new ApiProblem(error.kind === 'refused' ? 'card_declined' : 'invalid_request', error.message);
}

function orderWire(order: SandboxOrder): OrderWire {
  return toOrder({ ...carrier.toProviderOrder(order), method: order.methodId, plan: order.planId, code: order.code });
}

// Cursors are opaque to clients; here they are just an offset, encoded so nobody is tempted to compute them.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new ApiProblem('invalid_request', 'cursor: not a cursor this server issued');
  return Number(match[1]);
}

function login(deps: ApiDeps, req: ApiRequest): ApiResponse {
  const body = parse(LoginRequestWire, req.body, 'body');
  if (!deps.issuer.checkPassword(body.login, body.password)) throw new ApiProblem('invalid_credentials', 'login or password not accepted');
  return { status: 200, body: deps.issuer.issue(), headers: { 'cache-control': 'no-store' } };
}

function refresh(deps: ApiDeps, req: ApiRequest): ApiResponse {
  const body = parse(RefreshRequestWire, req.body, 'body');
  const pair = deps.issuer.rotate(body.refresh_token);
  if (!pair) throw new ApiProblem('invalid_refresh_token', 'refresh token unknown, expired or already used; log in again');
  return { status: 200, body: pair, headers: { 'cache-control': 'no-store' } };
}

function listLines(deps: ApiDeps, req: ApiRequest): ApiResponse {
  const query = parse(LinesQueryWire, Object.fromEntries(req.query), 'query');
  const start = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
  const page = deps.state.lines.slice(start, start + query.limit);
  const end = start + page.length;
  return {
    status: 200,
    body: { lines: page.map(toLineRef), nextCursor: end < deps.state.lines.length ? encodeCursor(end) : null },
  };
}

export function idempotencyKeyOf(req: ApiRequest): string {
  const key = header(req, 'idempotency-key');
  if (key === undefined) throw new ApiProblem('idempotency_key_missing', 'send an Idempotency-Key header with every top-up and renewal');
  if (!IDEMPOTENCY_KEY.test(key)) throw new ApiProblem('invalid_request', 'Idempotency-Key: 1 to 255 visible ASCII characters');
  return key;
}

/** Run a payment through the carrier; a stored refusal is answered as its problem, replays are marked. */
function pay(deps: ApiDeps, key: string, commit: () => SandboxOrder): ApiResponse {
  const replayed = carrier.findOrder(deps.state, key) !== undefined;
  const order = commit();
  const headers: Record<string, string> = replayed ? { 'idempotent-replayed': 'true' } : {};
  if (order.status === 'failed') {
    const code = order.code !== null && isProblemCode(order.code) ? order.code : 'card_declined';
    throw new ApiProblem(code, order.reason ?? PROBLEMS[code].title, { orderRef: order.providerRef }, headers);
  }
  return { status: 201, body: orderWire(order), headers: { ...headers, location: `/v1/orders/${encodeURIComponent(order.providerRef)}` } };
}

function topup(deps: ApiDeps, req: ApiRequest, lineId: string): ApiResponse {
  const key = idempotencyKeyOf(req);
  const body = parse(TopupRequestWire, req.body, 'body');
  let amount;
  try {
    amount = fromMoney(body.amount, 'amount');
  } catch (error) {
    if (error instanceof WireError) throw new ApiProblem('invalid_request', error.message);
    throw error;
  }
  return pay(deps, key, () => carrier.topup(deps.state, { lineId, idempotencyKey: key, methodId: body.method, amount }, deps.now()));
}

function renewal(deps: ApiDeps, req: ApiRequest, lineId: string): ApiResponse {
  const key = idempotencyKeyOf(req);
  const body = parse(RenewalRequestWire, req.body, 'body');
  return pay(deps, key, () => carrier.renew(deps.state, { lineId, idempotencyKey: key, methodId: body.method, planId: body.plan }, deps.now()));
}

function autoRenew(deps: ApiDeps, req: ApiRequest, lineId: string): ApiResponse {
  const body = parse(AutoRenewRequestWire, req.body, 'body');
  carrier.setAutoRenew(deps.state, lineId, body.enabled, deps.now());
  return { status: 200, body: { line: lineId, enabled: body.enabled } };
}

function findOrders(deps: ApiDeps, req: ApiRequest): ApiResponse {
  const key = req.query.get('idempotencyKey');
  if (key === null || !IDEMPOTENCY_KEY.test(key)) throw new ApiProblem('invalid_request', 'idempotencyKey: required, 1 to 255 visible ASCII characters');
  const order = carrier.findOrder(deps.state, key);
  return { status: 200, body: { orders: order ? [orderWire(order)] : [] } };
}

function orderByRef(deps: ApiDeps, ref: string): ApiResponse {
  const order = deps.state.orders.find((o) => o.providerRef === ref);
  if (!order) throw new ApiProblem('order_not_found', `no order ${ref}`);
  return { status: 200, body: orderWire(order) };
}

type Handler = (deps: ApiDeps, req: ApiRequest, param: string) => ApiResponse;

interface Route {
  pattern: RegExp;
  methods: Record<string, Handler>;
  /** Routes that need no access token (logging in). */
  open?: boolean;
}

const LINE = '/v1/lines/([^/]+)';

const ROUTES: readonly Route[] = [
  { pattern: /^\/v1\/auth\/login$/, methods: { POST: login }, open: true },
  { pattern: /^\/v1\/auth\/refresh$/, methods: { POST: refresh }, open: true },
  { pattern: /^\/v1\/lines$/, methods: { GET: listLines } },
  { pattern: new RegExp(`^${LINE}$`), methods: { GET: (d, _r, id) => ({ status: 200, body: toLineStatus(carrier.lineStatus(d.state, id)) }) } },
  {
    pattern: new RegExp(`^${LINE}/plans$`),
    methods: { GET: (d, _r, id) => (carrier.findLine(d.state, id), { status: 200, body: { plans: SANDBOX_PLANS.map(toPlan) } }) },
  },
  {
    pattern: new RegExp(`^${LINE}/payment-methods$`),
    methods: { GET: (d, _r, id) => (carrier.findLine(d.state, id), { status: 200, body: { methods: SANDBOX_METHODS.map((m) => ({ ...m })) } }) },
  },
  { pattern: new RegExp(`^${LINE}/topups$`), methods: { POST: topup } },
  { pattern: new RegExp(`^${LINE}/renewals$`), methods: { POST: renewal } },
  { pattern: new RegExp(`^${LINE}/auto-renew$`), methods: { PUT: autoRenew } },
  { pattern: /^\/v1\/orders$/, methods: { GET: findOrders } },
  { pattern: /^\/v1\/orders\/([^/]+)$/, methods: { GET: (d, _r, ref) => orderByRef(d, ref) } },
];

/** Whether this request is a payment, which holds its Idempotency-Key while it runs. */
export function isPayment(req: ApiRequest): boolean {
  return req.method === 'POST' && /^\/v1\/lines\/[^/]+\/(topups|renewals)$/.test(req.path);
}

function bearer(req: ApiRequest): string | null {
  const value = header(req, 'authorization');
  // The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are Bearer.
  const match = value === undefined ? null : /^Bearer +([\x21-\x7e]+) *$/i.exec(value);
  return match ? (match[1] as string) : null;
}

export function handleApi(deps: ApiDeps, req: ApiRequest): ApiResponse {
  const route = ROUTES.map((r) => ({ r, match: r.pattern.exec(req.path) })).find((m) => m.match !== null);
  if (!route || !route.match) throw new ApiProblem('not_found', `no resource at ${req.path}`);
  const handler = route.r.methods[req.method];
  if (!handler) throw new ApiProblem('method_not_allowed', `${req.method} is not allowed on ${req.path}`, {}, { allow: Object.keys(route.r.methods).join(', ') });
  if (!route.r.open) {
    const token = bearer(req);
    if (token === null || !deps.issuer.isValid(token)) {
      throw new ApiProblem('unauthorized', 'send a valid access token: Authorization: Bearer <token>', {}, { 'www-authenticate': 'Bearer realm="leb"' });
    }
  }
  let param = '';
  try {
    param = decodeURIComponent(route.match[1] ?? '');
  } catch {
    throw new ApiProblem('invalid_request', 'path: bad percent-encoding');
  }
  deps.advance();
  try {
    return handler(deps, req, param);
  } catch (error) {
    if (error instanceof ProviderError) throw problemFromCarrier(error);
    throw error;
  }
}
