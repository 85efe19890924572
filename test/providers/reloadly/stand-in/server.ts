// A stand-in for Reloadly's airtime API on 127.0.0.1, ours, for tests. It judges every request against
// Reloadly's published document (../spec/; a departure is answered 400 and recorded in `violations`), serves
// both the auth host (/oauth/token) and the top-ups host on one port, keeps a stateful account (state.ts), and
// injects faults: a lost response after a top-up is committed, 429 with Retry-After, 500 before committing, a
// stall, top-ups that answer PROCESSING and settle later, or any answer (one of the document's own examples).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeBody, OpenApiJudge } from '../../../helpers/openapi-judge.js';
import { operatorAnswer, seedState, transactionAnswer, type StandInState, type Transaction } from './state.js';

export const CLIENT_ID = 'reloadly-test-client';
export const CLIENT_SECRET = 'reloadly-stand-in-secret-never-print';
export const ACCEPT = 'application/com.reloadly.topups-v1+json';
/** Reloadly refuses a second recharge of the same number for about two minutes. */
export const RECENT_RECHARGE_MS = 120_000;

/** The document's own examples show decimals where it declares integers, and Reloadly accepts them. */
export const judge = new OpenApiJudge(new URL('../spec/', import.meta.url), { decimalIntegers: ['amount'] });

export interface Faults {
  /** Commit the next N top-ups, then drop the connection without answering. */
  lostAfterCommit?: number;
  /** Answer the next N requests 429 with this Retry-After (seconds). */
  rateLimited?: { count: number; retryAfterSeconds: number };
  /** Answer the next N top-ups 500 without committing. */
  error500?: number;
  /** Never answer the next N requests (top-ups are not committed). */
  stall?: number;
  /** Never answer the next N top-ups (not committed); other requests are answered. */
  stallTopups?: number;
  /** The next N top-ups answer PROCESSING and settle to `settlesTo` after `polls` status reads. */
  processing?: { count: number; polls: number; settlesTo: 'SUCCESSFUL' | 'FAILED' | 'REFUNDED' };
  /** Answer the next request of this operation with exactly this (a spec example, say). */
  answer?: { operationId: string; status: number; body: unknown };
}

export interface StandInOptions {
  now?: () => number;
  tokenTtlSeconds?: number;
  /** Write amounts and phone numbers as strings, as the schemas declare, instead of as the examples do. */
  stringly?: boolean;
}

export interface StandIn {
  url: string;
  state: StandInState;
  violations: string[];
  tokenRequests: number;
  /** Top-up requests that reached the stand-in, answered or not. */
  topupPosts: number;
  requests: { method: string; path: string; status: number }[];
  faults: Faults;
  /** Committed top-ups that succeeded: what the wallet really paid for. */
  charges(): Transaction[];
  expireTokens(): void;
  close(): Promise<void>;
}

function error(res: ServerResponse, status: number, errorCode: string | null, message: string, path: string): void {
  send(res, status, { timeStamp: '2026-12-01 00:00:00', message, path, errorCode, infoLink: null, details: [] });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function take(count: number | undefined): [boolean, number | undefined] {
  return count && count > 0 ? [true, count - 1] : [false, count];
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const now = options.now ?? (() => Date.now());
  const stringly = options.stringly ?? false;
  const state = seedState();
  const tokens = new Map<string, number>();
  let tokenSerial = 0;
  const stalled = new Set<ServerResponse>();

  const standIn: StandIn = {
    url: '',
    state,
    violations: [],
    tokenRequests: 0,
    topupPosts: 0,
    requests: [],
    faults: {},
    charges: () => state.transactions.filter((t) => t.status === 'SUCCESSFUL'),
    expireTokens: () => tokens.clear(),
    close: async () => {
      for (const res of stalled) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function authorised(req: IncomingMessage): boolean {
    const header = String(req.headers.authorization ?? '');
    const match = /^Bearer (.+)$/i.exec(header);
    const expires = match ? tokens.get(match[1]!) : undefined;
    return expires !== undefined && expires > now();
  }

  function settleOnRead(t: Transaction): void {
    if (t.status !== 'PROCESSING') return;
    if (--t.pollsToSettle > 0) return;
    t.status = t.settlesTo;
    if (t.status !== 'SUCCESSFUL') state.walletCents += t.requestedCents;
  }

  function topup(fields: Record<string, unknown>, path: string, res: ServerResponse): Transaction | null {
    const op = state.operators.get(Number(fields.operatorId));
    const phone = (fields.recipientPhone ?? {}) as { countryCode?: string; number?: string };
    const digits = String(phone.number ?? '').replace(/^\+/, '');
    const key = String(fields.customIdentifier ?? '');
    if (!op) return error(res, 404, 'OPERATOR_NOT_FOUND', 'Operator not found', path), null;
    if (state.numbers.get(digits) !== op.id || phone.countryCode !== op.countryIso) {
      return error(res, 400, 'INVALID_RECIPIENT_PHONE', 'Recipient phone number is not valid', path), null;
    }
    if (key === '' || key.length > 150) return error(res, 400, 'INVALID_CUSTOM_IDENTIFIER', 'customIdentifier must be 1 to 150 characters', path), null;
    if (state.transactions.some((t) => t.customIdentifier === key)) {
      return error(res, 400, 'DUPLICATED_CUSTOM_IDENTIFIER', 'This custom identifier has already been used', path), null;
    }
    const local = fields.useLocalAmount === true;
    const minor = Math.round(Number(fields.amount) * 100);
    const fits = local
      ? op.supportsLocalAmounts && (op.denominationType === 'FIXED' ? op.localFixed.includes(minor) : minor >= op.localMin! && minor <= op.localMax!)
      : op.denominationType === 'FIXED'
        ? op.fixedCents.includes(minor)
        : minor >= op.minCents! && minor <= op.maxCents!;
    if (!Number.isFinite(minor) || !fits) return error(res, 400, 'INVALID_AMOUNT_FOR_OPERATOR', 'The amount is not valid for this operator', path), null;
    const requestedCents = local ? Math.round(minor / op.fxRate) : minor;
    const deliveredMinor = local ? minor : Math.round(minor * op.fxRate);
    const recent = state.transactions.find((t) => t.recipientPhone === digits && t.status !== 'FAILED' && t.status !== 'REFUNDED' && now() - t.createdAtMs < 120_000);
    if (recent) return error(res, 400, 'PHONE_RECENTLY_RECHARGED', 'This phone number was recharged recently; try again in a few minutes', path), null;
    if (requestedCents > state.walletCents) return error(res, 400, 'INSUFFICIENT_BALANCE', 'Your wallet balance is too low for this top-up', path), null;
    const processing = standIn.faults.processing;
    const slow = processing !== undefined && processing.count > 0;
    if (slow) processing.count--;
    const t: Transaction = {
      transactionId: state.nextTransactionId++,
      status: slow ? 'PROCESSING' : 'SUCCESSFUL',
      customIdentifier: key,
      operator: op,
      recipientPhone: digits,
      countryCode: op.countryIso,
      requestedCents,
      deliveredMinor,
      createdAtMs: now(),
      pollsToSettle: slow ? processing.polls : 0,
      settlesTo: slow ? processing.settlesTo : 'SUCCESSFUL',
    };
    state.walletCents -= requestedCents;
    state.transactions.push(t);
    return t;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    let raw = '';
    for await (const chunk of req) raw += chunk;
    res.on('finish', () => standIn.requests.push({ method, path, status: res.statusCode }));
    if (method === 'POST' && path === '/topups') standIn.topupPosts++;

    let faults = standIn.faults;
    const [stall, stallLeft] = take(faults.stall);
    faults.stall = stallLeft;
    if (stall) return void stalled.add(res);
    if (faults.rateLimited && faults.rateLimited.count > 0) {
      faults.rateLimited.count--;
      return send(res, 429, { message: 'Too Many Requests' }, { 'retry-after': String(faults.rateLimited.retryAfterSeconds) });
    }

    let decoded: ReturnType<typeof decodeBody>;
    try {
      decoded = decodeBody(req.headers['content-type'], raw);
    } catch {
      return error(res, 400, null, 'body is not JSON', path);
    }
    const problems = judge.violations({ method, path, query: url.searchParams, headers: req.headers, contentType: decoded.contentType, fields: decoded.fields });
    if (path !== '/oauth/token' && !String(req.headers.accept ?? '').includes(ACCEPT)) problems.push(`header Accept: must be ${ACCEPT}`);
    if (problems.length > 0) {
      standIn.violations.push(...problems.map((p) => `${method} ${path}: ${p}`));
      return error(res, 400, 'REQUEST_NOT_IN_SPEC', problems.join('; '), path);
    }
    const found = judge.findRoute(method, path)!;
    const operationId = found.route.operation.operationId;
    if (faults.answer && faults.answer.operationId === operationId) {
      const { status, body } = faults.answer;
      faults.answer = undefined;
      return send(res, status, body);
    }
    const fields = decoded.fields ?? {};

    if (path === '/oauth/token') {
      standIn.tokenRequests++;
      if (fields.client_id !== CLIENT_ID || fields.client_secret !== CLIENT_SECRET || fields.grant_type !== 'client_credentials') {
        return error(res, 401, 'INVALID_CREDENTIALS', 'Access Denied', path);
      }
      if (typeof fields.audience !== 'string' || !/^https?:\/\//.test(fields.audience)) return error(res, 400, 'INVALID_AUDIENCE', 'audience must name the product host', path);
      const ttl = options.tokenTtlSeconds ?? 5_184_000;
      const token = `rl-token-${++tokenSerial}`;
      tokens.set(token, now() + ttl * 1000);
      return send(res, 200, { access_token: token, scope: 'developer', expires_in: ttl, token_type: 'Bearer' });
    }
    if (!authorised(req)) return error(res, 401, 'INVALID_TOKEN', 'Full authentication is required to access this resource', path);
    faults = standIn.faults;

    switch (operationId) {
      case 'airtime/accounts-balance':
        return send(res, 200, { balance: state.walletCents / 100, currencyCode: 'USD', currencyName: 'US Dollar', updatedAt: '2026-12-01 00:00:00' });
      case 'airtime/auto-detect-an-operator': {
        const { phone = '', countryisocode = '' } = found.params;
        const id = state.numbers.get(phone.replace(/^\+/, ''));
        const op = id === undefined ? undefined : state.operators.get(id);
        if (!op || op.countryIso !== countryisocode.toUpperCase()) return error(res, 404, 'COULD_NOT_AUTO_DETECT_OPERATOR', 'Could not detect the operator of this number', path);
        return send(res, 200, operatorAnswer(op, stringly));
      }
      case 'airtime/get-operator-by-id': {
        const op = state.operators.get(Number(found.params.operatorid));
        if (!op) return error(res, 404, 'OPERATOR_NOT_FOUND', 'Operator not found', path);
        return send(res, 200, operatorAnswer(op, stringly));
      }
      case 'airtime/top-ups': {
        const [stallTopup, stallTopupLeft] = take(faults.stallTopups);
        faults.stallTopups = stallTopupLeft;
        if (stallTopup) return void stalled.add(res);
        const [fail, failLeft] = take(faults.error500);
        faults.error500 = failLeft;
        if (fail) return error(res, 500, null, 'Internal Server Error', path);
        const t = topup(fields, path, res);
        if (!t) return;
        const [lose, loseLeft] = take(faults.lostAfterCommit);
        faults.lostAfterCommit = loseLeft;
        if (lose) return void res.socket?.destroy();
        return send(res, 200, transactionAnswer(t, state.walletCents, stringly));
      }
      case 'airtime/top-ups-status': {
        const t = state.transactions.find((x) => String(x.transactionId) === found.params.transactionId);
        if (!t) return error(res, 404, 'TRANSACTION_NOT_FOUND', 'Transaction not found', path);
        settleOnRead(t);
        return send(res, 200, { ...transactionAnswer(t, null, stringly), balanceInfo: null });
      }
      case 'airtime/get-all-transactions': {
        const key = url.searchParams.get('customIdentifier');
        const size = Number(url.searchParams.get('size') ?? 200);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = state.transactions.filter((t) => key === null || t.customIdentifier === key);
        const content = all.slice((page - 1) * size, page * size).map((t) => transactionAnswer(t, null, stringly));
        return send(res, 200, { content, totalElements: all.length, totalPages: Math.ceil(all.length / size), number: page - 1, size });
      }
      default:
        return error(res, 404, null, `the stand-in does not serve ${operationId}`, path);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      standIn.violations.push(`stand-in error: ${String(e)}`);
      if (!res.headersSent) send(res, 500, { message: 'stand-in error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
