// `leb sandbox serve`: the leb Provider API on node:http, backed by the sandbox carrier core on an in-memory
// state. It is the reference server for carriers and the test peer for the http provider, so it also injects
// the faults a real network has (faults.ts) and lets tests see what was really charged (GET /_sandbox/charges).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { advance, charges, type Charge } from '../carrier.js';
import { seedState, seededRandom } from '../seed.js';
import type { SandboxState } from '../state.js';
import { PROBLEMS, problemType } from '../../http/problems.js';
import { drawFaults, NO_FAULTS, type Faults } from './faults.js';
import { ApiProblem, handleApi, idempotencyKeyOf, isPayment, type ApiRequest, type ApiResponse } from './routes.js';
import { TokenIssuer } from './tokens.js';
import { memoryClock, type CarrierClock } from './clock.js';
import { MAX_ADVANCE_DAYS, shiftedNow } from '../../../domain/sandbox-clock.js';
import { carrierToday, SANDBOX_TIME_ZONE } from '../state.js';
import { isoInZone } from '../../../domain/dates.js';

export const DEMO_LOGIN = 'demo';
const MAX_BODY_BYTES = 64 * 1024;

export interface SandboxServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** How many lines to seed under the demo login; the four demo lines when unset. */
  lines?: number;
  /** Milliseconds added before every Provider API answer. */
  latencyMs?: number;
  faults?: Faults;
  /** Seeds the lines and the fault draws; random when unset. */
  seed?: number;
  /** The real clock: tokens expire by it. The carrier runs on it moved by `clock`. */
  now?: () => Date;
  /** The carrier's clock as days ahead of `now` (LEB_HOME/sandbox/clock.json for `leb sandbox serve`); 0 when unset. */
  clock?: CarrierClock;
  /** Access token lifetime; short in tests that exercise refresh. */
  tokenTtlSeconds?: number;
  /** The demo password; random when unset. */
  password?: string;
  /** Seconds in Retry-After on a rate-limit fault. */
  retryAfterSeconds?: number;
  /** One line per Provider API request (method, path, status, time); never headers or bodies. */
  log?: (line: string) => void;
}

export interface SandboxServer {
  url: string;
  login: string;
  password: string;
  seed: number;
  state: SandboxState;
  setFaults(faults: Faults): void;
  charges(): Charge[];
  /** Make every access token issued so far expire now (tests of refresh). */
  expireTokens(): void;
  /**
   * Resolves once no request is being worked on (answered, dropped by a fault, or its client gone mid-body).
   * Tests use it instead of guessing how long a cut request may take to land.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

class BodyProblem extends ApiProblem {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still gets its 413 (then the socket closes).
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        reject(new BodyProblem('payload_too_large', `request bodies are limited to ${MAX_BODY_BYTES} bytes`, {}, { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw new BodyProblem('unsupported_media_type', 'send the body as application/json');
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyProblem('invalid_request', 'body: not valid JSON');
  }
}

function problemResponse(problem: ApiProblem, instance: string): ApiResponse {
  const info = PROBLEMS[problem.code];
  return {
    status: info.status,
    body: { type: problemType(problem.code), title: info.title, status: info.status, detail: problem.detail, code: problem.code, instance, ...problem.extra },
    headers: { 'content-type': 'application/problem+json', ...problem.headers },
  };
}

function send(res: ServerResponse, response: ApiResponse): void {
  if (res.destroyed || res.headersSent) return;
  const text = JSON.stringify(response.body);
  res.writeHead(response.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...response.headers,
  });
  res.end(text);
}

const sleep = (ms: number) => new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : resolve()));

export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const now = options.now ?? (() => new Date());
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const clock = options.clock ?? memoryClock();
  // The carrier's time never goes back, even when the clock file is set back under a running server: its
  // in-memory orders must never lie in its future.
  let carrierHighWater = Number.NEGATIVE_INFINITY;
  const carrierNow = () => {
    carrierHighWater = Math.max(carrierHighWater, shiftedNow(now(), clock.offsetDays()).getTime());
    return new Date(carrierHighWater);
  };
  const state = seedState(carrierNow(), seed, options.lines);
  const password = options.password ?? randomBytes(12).toString('base64url');
  const issuer = new TokenIssuer(DEMO_LOGIN, password, now, options.tokenTtlSeconds ?? 3_600);
  // Fault draws have their own stream so that seeding more lines never changes which requests fail.
  const random = seededRandom(seed ^ 0x5eed_f417);
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const latencyMs = options.latencyMs ?? 0;
  const log = options.log ?? (() => {});
  let faults: Faults = options.faults ?? NO_FAULTS;
  /** Idempotency keys of payments being processed: a second request with one gets 409. */
  const inFlight = new Set<string>();
  /** Requests being worked on, and who waits for there to be none (idle()). */
  let working = 0;
  let whenIdle: Array<() => void> = [];
  const finishedOne = () => {
    if (--working > 0) return;
    const waiting = whenIdle;
    whenIdle = [];
    for (const resolve of waiting) resolve();
  };
  // Advancing walks every line through the date rules (Intl, per line): with a 1000-line fleet doing it on each
  // request made the server, not the network, the bottleneck. The rules work in whole days, so once a second
  // (or whenever the clock jumps, as tests make it) is exact enough.
  let advancedAt = Number.NEGATIVE_INFINITY;
  const advanceCarrier = () => {
    const at = carrierNow().getTime();
    if (Math.abs(at - advancedAt) < 1_000) return;
    advance(state, new Date(at));
    advancedAt = at;
  };

  /** The carrier's time, after letting it pass (renewals, recycling) up to now. */
  const clockAnswer = (): ApiResponse => {
    advanceCarrier();
    const at = carrierNow();
    return { status: 200, body: { now: isoInZone(at, SANDBOX_TIME_ZONE), today: carrierToday(at), offsetDays: clock.offsetDays() } };
  };

  /** POST /_sandbox/clock {"advanceDays": n}: forward only (going back is `leb sandbox clock --set`'s, with its checks). */
  async function moveClock(req: IncomingMessage): Promise<ApiResponse> {
    const body = await readJson(req);
    const days = (body as { advanceDays?: unknown } | undefined)?.advanceDays;
    if (!Number.isSafeInteger(days) || (days as number) < 1 || (days as number) > MAX_ADVANCE_DAYS) {
      throw new BodyProblem('invalid_request', `advanceDays: a whole number of days from 1 to ${MAX_ADVANCE_DAYS}`);
    }
    if ((await clock.advance(days as number)) === null) throw new BodyProblem('invalid_request', 'advanceDays: the clock would be more than a century ahead');
    return clockAnswer();
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'GET' && path === '/_sandbox/charges') return send(res, { status: 200, body: charges(state) });
    if (path === '/_sandbox/clock' && (req.method === 'GET' || req.method === 'POST')) {
      try {
        return send(res, req.method === 'GET' ? clockAnswer() : await moveClock(req));
      } catch (error) {
        if (error instanceof ApiProblem) return send(res, problemResponse(error, path));
        throw error;
      }
    }
    send(res, problemResponse(new ApiProblem('not_found', `no resource at ${path}`), path));
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const started = Date.now();
    const drawn = drawFaults(faults, random);
    const finish = (response: ApiResponse | null, note = '') => {
      if (response) send(res, response);
      log(`${req.method} ${url.pathname} → ${response ? response.status : 'no answer'}${note} ${Date.now() - started}ms`);
    };
    if (drawn.stall) {
      // Never answer and never process: the client must give up by its own deadline.
      log(`${req.method} ${url.pathname} → stalled (fault)`);
      return;
    }
    let request: ApiRequest;
    try {
      request = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: await readJson(req) };
    } catch (error) {
      if (error instanceof ApiProblem) return finish(problemResponse(error, url.pathname));
      throw error;
    }
    let heldKey: string | null = null;
    if (isPayment(request)) {
      try {
        heldKey = idempotencyKeyOf(request);
      } catch {
        heldKey = null; // handleApi reports the missing or malformed key
      }
      if (heldKey !== null && inFlight.has(heldKey)) {
        const busy = new ApiProblem('idempotency_key_in_progress', 'a request with this Idempotency-Key is still being processed; retry shortly with the same key', {}, { 'retry-after': '1' });
        return finish(problemResponse(busy, url.pathname));
      }
      if (heldKey !== null) inFlight.add(heldKey);
    }
    try {
      await sleep(latencyMs + faults.latencyMs);
      if (drawn.rateLimit) {
        const problem = new ApiProblem('rate_limited', `slow down; retry after ${retryAfter} s`, {}, { 'retry-after': retryAfter });
        return finish(problemResponse(problem, url.pathname), ' (fault)');
      }
      if (drawn.error500) return finish(problemResponse(new ApiProblem('internal_error', 'injected failure; nothing was done'), url.pathname), ' (fault)');
      let response: ApiResponse;
      try {
        response = handleApi({ state, issuer, now: carrierNow, advance: advanceCarrier }, request);
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        response = problemResponse(error, url.pathname);
      }
      if (drawn.resetAfterCommit) {
        res.socket?.destroy();
        return finish(null, ' reset after commit (fault)');
      }
      if (drawn.garble) {
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end('{"lines": [{"id": "ln_');
        return finish(null, ' garbled (fault)');
      }
      finish(response);
    } finally {
      if (heldKey !== null) inFlight.delete(heldKey);
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    working++;
    const work = url.pathname.startsWith('/_sandbox/') ? control(req, res, url.pathname) : api(req, res, url);
    work
      .catch((error: unknown) => {
        log(`${req.method} ${url.pathname} → 500 (${(error as Error).message})`);
        send(res, problemResponse(new ApiProblem('internal_error', 'unexpected server error'), url.pathname));
      })
      .finally(finishedOne);
  });
  // A stalled request must not keep the process alive after close(); keep-alive sockets neither.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    login: DEMO_LOGIN,
    password,
    seed,
    state,
    setFaults: (next) => void (faults = next),
    charges: () => charges(state),
    expireTokens: () => issuer.expireAll(),
    idle: () => (working === 0 ? Promise.resolve() : new Promise<void>((resolve) => whenIdle.push(resolve))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
