// A stand-in for Airalo's Partner API v2 on 127.0.0.1, ours, for tests: it judges every request against the
// published spec (spec.ts; a departure is answered 400 and recorded in `violations`), keeps a stateful partner
// account (state.ts), enforces Airalo's documented rate limits on its own clock (a 429 with Retry-After for
// each excess, counted in `limitHits`), and injects faults: a lost response after the order is committed, a
// storm of 429s, a stall, a 403 from the IP allow-list, or any answer (say one of the spec's own examples).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeBody, findRoute, specViolations } from './spec.js';
import { historyAnswer, orderAnswer, seedState, simsPage, submitTopup, topupsAnswer, usageAnswer, type StandInState } from './state.js';

export const CLIENT_ID = 'leb-test-client';
export const CLIENT_SECRET = 'stand-in-secret-do-not-print';

/** Airalo's documented limits: [requests, window ms]. */
export const LIMITS = { token: [3, 60_000], client: [5, 1_000], perIccid: [10, 60_000] } as const;

export interface Faults {
  /** Commit the next N top-up orders, then drop the connection without answering. */
  lostAfterCommit?: number;
  /** Answer the next N requests (token included) 429 with this Retry-After. */
  storm?: { count: number; retryAfterSeconds: number };
  /** Never answer the next N requests (of one operation, when named); a top-up stalled here is not committed. */
  stall?: { count: number; operationId?: string };
  /** Refuse every request 403 with code 89, as Airalo does for a caller outside the IP allow-list. */
  forbidden?: boolean;
  /** Answer the next request of this operation with exactly this (a spec example, say). */
  answer?: { operationId: string; status: number; body: unknown };
}

export interface StandInOptions {
  sims?: number;
  now?: () => number;
  /** `expires_in` of issued tokens, seconds (the spec's example says 31622400). */
  tokenTtlSeconds?: number;
  /** Enforce the rate limits (default true). */
  limits?: boolean;
}

export interface StandIn {
  url: string;
  state: StandInState;
  violations: string[];
  limitHits: number;
  /** The 429s by limit: the token's 3 a minute, the client's 5 a second, an eSIM's 10 a minute. */
  limitHitsBy: { token: number; client: number; perIccid: number };
  tokenRequests: number;
  requests: { method: string; path: string; status: number }[];
  faults: Faults;
  expireTokens(): void;
  close(): Promise<void>;
}

class Window {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly spanMs: number,
  ) {}
  /** Count one request under `key` at `now`; false when that makes more than `max` within the span. */
  admit(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.spanMs);
    recent.push(now);
    this.hits.set(key, recent);
    return recent.length <= this.max;
  }
}

function readRaw(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const now = options.now ?? (() => Date.now());
  const enforce = options.limits ?? true;
  const tokenTtl = options.tokenTtlSeconds ?? 86_400;
  const tokens = new Map<string, number>();
  let tokenSerial = 0;
  const windows = { token: new Window(...LIMITS.token), client: new Window(...LIMITS.client), perIccid: new Window(...LIMITS.perIccid) };
  const stalled: ServerResponse[] = [];
  let origin = '';

  const standIn: StandIn = {
    url: '',
    state: seedState(options.sims ?? 6, now()),
    violations: [],
    limitHits: 0,
    limitHitsBy: { token: 0, client: 0, perIccid: 0 },
    tokenRequests: 0,
    requests: [],
    faults: {},
    expireTokens: () => tokens.clear(),
    close: async () => {
      for (const res of stalled) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function send(res: ServerResponse, req: { method: string; path: string }, status: number, body: unknown, headers: Record<string, string> = {}): void {
    standIn.requests.push({ ...req, status });
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const where = { method, path };
    const raw = await readRaw(req);
    const { contentType, fields } = decodeBody(req.headers['content-type'], raw);
    const problems = specViolations({ method, path, query: url.searchParams, headers: req.headers, contentType, fields });
    if (problems.length > 0) {
      standIn.violations.push(...problems.map((p) => `${method} ${path}: ${p}`));
      return send(res, where, 400, { violations: problems });
    }
    const found = findRoute(method, path)!;
    const operationId = found.route.operation.operationId;
    const f = standIn.faults;

    if (f.forbidden) return send(res, where, 403, { code: 89, reason: 'Your IP address is not on the allowlist.' });
    if (f.stall && f.stall.count > 0 && (f.stall.operationId ?? operationId) === operationId) {
      f.stall.count--;
      stalled.push(res);
      return;
    }
    if (f.storm && f.storm.count > 0) {
      f.storm.count--;
      return send(res, where, 429, { message: 'Too Many Attempts.' }, { 'retry-after': String(f.storm.retryAfterSeconds) });
    }

    // Before any limit or token check: the answer is exactly what the test asked for.
    if (f.answer && f.answer.operationId === operationId) {
      const { status, body } = f.answer;
      delete f.answer;
      return send(res, where, status, body);
    }

    const at = now();
    const limited = (ok: boolean, which: keyof StandIn['limitHitsBy']) => {
      if (ok || !enforce) return false;
      standIn.limitHits++;
      standIn.limitHitsBy[which]++;
      send(res, where, 429, { message: 'Too Many Attempts.' }, { 'retry-after': '1' });
      return true;
    };

    if (operationId === 'postV2Token') {
      standIn.tokenRequests++;
      if (limited(windows.token.admit(CLIENT_ID, at), 'token')) return;
      const form = fields as Record<string, string>;
      if (form.client_id !== CLIENT_ID) return send(res, where, 422, { data: { client_id: 'The selected client id is invalid.' }, meta: { message: 'the parameter is invalid' } });
      if (form.client_secret !== CLIENT_SECRET || form.grant_type !== 'client_credentials') {
        return send(res, where, 401, { data: [], meta: { message: 'Client authentication failed' } });
      }
      const token = `stand-in-token-${++tokenSerial}`;
      tokens.set(token, at + tokenTtl * 1000);
      return send(res, where, 200, { data: { token_type: 'Bearer', expires_in: tokenTtl, access_token: token }, meta: { message: 'success' } });
    }

    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const expiry = bearer === undefined ? undefined : tokens.get(bearer);
    if (expiry === undefined || expiry <= at) return send(res, where, 401, { data: [], meta: { message: 'Unauthenticated.' } });
    if (limited(windows.client.admit(CLIENT_ID, at), 'client')) return;


    const iccid = found.params.iccid ?? found.params.sim_iccid;
    const sim = iccid === undefined ? undefined : standIn.state.sims.find((s) => s.iccid === iccid);
    const notFound = () => send(res, where, 404, { data: [], meta: { message: 'messages.resource_not_found' } });

    switch (operationId) {
      case 'getV2Sims': {
        const limit = Number(url.searchParams.get('limit') ?? '25');
        const page = Number(url.searchParams.get('page') ?? '1');
        return send(res, where, 200, simsPage(standIn.state, page, limit, origin));
      }
      case 'getV2SimsBySimIccidUsage':
        if (limited(windows.perIccid.admit(`usage:${iccid}`, at), 'perIccid')) return;
        return sim ? send(res, where, 200, usageAnswer(sim)) : notFound();
      case 'getV2SimsByIccidPackages':
        if (limited(windows.perIccid.admit(`packages:${iccid}`, at), 'perIccid')) return;
        return sim ? send(res, where, 200, historyAnswer(sim, at)) : notFound();
      case 'getV2SimsByIccidTopups':
        if (!sim) return notFound();
        if (sim.status === 'RECYCLED') return send(res, where, 422, { code: 73, reason: `The eSIM with iccid ${sim.iccid} has been recycled. It can no longer be used or topped up.` });
        return send(res, where, 200, topupsAnswer(sim));
      case 'getV2Balance':
        return send(res, where, 200, { data: { balances: { availableBalance: { amount: standIn.state.balanceCents / 100, currency: 'USD' } } }, meta: { message: 'success' } });
      case 'postV2OrdersTopups': {
        const outcome = submitTopup(standIn.state, fields as { iccid: string; package_id: string; description: string }, at);
        if (outcome.type === 'reject') return send(res, where, outcome.status, outcome.body);
        if (f.lostAfterCommit !== undefined && f.lostAfterCommit > 0) {
          f.lostAfterCommit--;
          standIn.requests.push({ ...where, status: 0 });
          res.socket?.destroy();
          return;
        }
        return send(res, where, 200, orderAnswer(outcome.order, outcome.pkg));
      }
      default:
        return send(res, where, 501, { message: `the stand-in does not serve ${operationId}` });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      standIn.violations.push(`stand-in failure: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.url = origin;
  return standIn;
}
