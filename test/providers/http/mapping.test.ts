// Error mapping of the http provider against undici's MockAgent with the network disabled: every answer a
// carrier can give (or fail to give) ends as exactly one ProviderError kind, and a payment is resent only
// with the same Idempotency-Key and body.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent, type Interceptable } from 'undici';
import { ProviderError, type ProviderReason } from '../../../src/providers/port.js';
import { buildHttpProvider, type Built } from './build.js';

const ORIGIN = 'https://carrier.test';
const LINE = 'ln_abc123';
const JSON_HEADERS = { headers: { 'content-type': 'application/json' } };
const PROBLEM_HEADERS = { headers: { 'content-type': 'application/problem+json' } };

const lineStatus = {
  id: LINE,
  number: '+85261234567',
  iccid: '89852031234567890123',
  alias: null,
  expiresAt: '2027-01-24T23:59:59+08:00',
  flag: null,
  balance: { amount: '38.50', currency: 'HKD' },
  data: null,
  plan: { id: 'monthly', autoRenew: false },
  rules: {
    currency: 'HKD',
    graceDays: 30,
    rechargeTable: [{ minAmount: '50.00', validityDays: 90 }],
    minTopup: { amount: '10.00', currency: 'HKD' },
    maxTopup: { amount: '2000.00', currency: 'HKD' },
  },
  defaultMethod: 'card',
};

const order = (idempotencyKey: string) => ({
  ref: 'R-1',
  idempotencyKey,
  line: LINE,
  kind: 'topup',
  status: 'succeeded',
  amount: { amount: '50.00', currency: 'HKD' },
  method: 'card',
  plan: null,
  createdAt: '2026-11-22T12:00:00+08:00',
  failure: null,
});

const problem = (status: number, code: string, detail = `detail of ${code}`) => ({ type: `urn:leb:problem:${code}`, title: code, status, code, detail });

const topup = { lineId: LINE, methodId: 'card', idempotencyKey: 'key-1', amount: { minor: 5_000, currency: 'HKD' } };

async function kindOf(promise: Promise<unknown>): Promise<{ kind: string; code: string | null; reason: ProviderReason }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return { kind: error.kind, code: error.code, reason: error.reason };
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe('http provider error mapping (MockAgent, no network)', () => {
  let mock: MockAgent;
  let pool: Interceptable;
  let built: Built;
  const tokens = { accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: null };

  beforeEach(() => {
    mock = new MockAgent();
    mock.disableNetConnect();
    pool = mock.get(ORIGIN);
    built = buildHttpProvider({ dispatcher: mock, endpoint: ORIGIN, tokens: { ...tokens }, timeoutMs: 3_000 });
  });
  afterEach(async () => {
    mock.assertNoPendingInterceptors();
    await mock.close();
  });

  const statusPath = `/v1/lines/${LINE}`;
  const topupPath = `/v1/lines/${LINE}/topups`;

  it('reads a valid status and sends the bearer token', async () => {
    pool.intercept({ path: statusPath, method: 'GET', headers: { authorization: 'Bearer at-1' } }).reply(200, lineStatus, JSON_HEADERS);
    const status = await built.provider.lineStatus(LINE);
    expect(status.balance).toEqual({ minor: 3_850, currency: 'HKD' });
    expect(status.rules.rechargeTable).toEqual([{ minAmountMinor: 5_000, validityDays: 90 }]);
  });

  it.each([
    ['a body that is not JSON', 'Service Unavailable<html>'],
    ['a missing field', { ...lineStatus, rules: undefined }],
    ['a float for money', { ...lineStatus, balance: { amount: 38.5, currency: 'HKD' } }],
    ['more decimals than the currency has', { ...lineStatus, balance: { amount: '38.505', currency: 'HKD' } }],
    ['an expiry without offset', { ...lineStatus, expiresAt: '2027-01-24 23:59:59' }],
    ['another line than asked for', { ...lineStatus, id: 'ln_other' }],
  ])('turns %s into bad-response, never a crash', async (_name, body) => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(200, typeof body === 'string' ? body : JSON.stringify(body), JSON_HEADERS);
    expect((await kindOf(built.provider.lineStatus(LINE))).kind).toBe('bad-response');
  });

  it.each([
    [402, 'card_declined', 'refused'],
    [410, 'line_recycled', 'refused'],
    [409, 'no_plan', 'refused'],
    [422, 'plan_not_found', 'invalid-request'],
    [422, 'amount_out_of_range', 'invalid-request'],
    [422, 'idempotency_key_reused', 'invalid-request'],
    [404, 'line_not_found', 'invalid-request'],
    [403, 'some_future_code', 'auth'],
    [418, 'some_future_code', 'invalid-request'],
  ])('a payment answered %i %s is %s, sent once', async (status, code, kind) => {
    pool.intercept({ path: topupPath, method: 'POST' }).reply(status, problem(status, code, 'the carrier says no'), PROBLEM_HEADERS);
    const result = await kindOf(built.provider.topup(topup));
    expect(result).toEqual({ kind, code, reason: { code: 'said', detail: 'the carrier says no' } });
  });

  it('retries a read on 429 after Retry-After, and on 5xx, then succeeds', async () => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(429, problem(429, 'rate_limited'), { headers: { 'retry-after': '0' } });
    pool.intercept({ path: statusPath, method: 'GET' }).reply(503, 'upstream down');
    pool.intercept({ path: statusPath, method: 'GET' }).reply(200, lineStatus, JSON_HEADERS);
    expect((await built.provider.lineStatus(LINE)).id).toBe(LINE);
  });

  it('gives up a read after its attempts: 429 is unreachable (rate_limited), 5xx unreachable', async () => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(429, problem(429, 'rate_limited'), { headers: { 'retry-after': '0' } }).times(4);
    expect(await kindOf(built.provider.lineStatus(LINE))).toMatchObject({ kind: 'unreachable', code: 'rate_limited' });
    pool.intercept({ path: statusPath, method: 'GET' }).reply(500, problem(500, 'internal_error')).times(4);
    expect(await kindOf(built.provider.lineStatus(LINE))).toMatchObject({ kind: 'unreachable' });
  });

  it('after a 429 the whole pool pauses, not just the request that got it', async () => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(429, problem(429, 'rate_limited'), { headers: { 'retry-after': '1' } });
    pool.intercept({ path: statusPath, method: 'GET' }).reply(200, lineStatus, JSON_HEADERS).times(2);
    await built.provider.lineStatus(LINE);
    expect(built.debug.some((line) => line.includes('→ 429'))).toBe(true);
    // Waits are recorded, not slept: a request that never got a 429 itself still waits out the pause (up to the
    // second Retry-After asked for) before it is sent.
    const before = built.waits.length;
    await built.provider.lineStatus(LINE);
    const second = built.waits.slice(before);
    expect(second).toHaveLength(1);
    expect(second[0]).toBeGreaterThan(0);
    expect(second[0]).toBeLessThanOrEqual(1_000);
  });

  it('does not wait for a Retry-After longer than it honours', async () => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(429, problem(429, 'rate_limited'), { headers: { 'retry-after': '3600' } });
    expect((await kindOf(built.provider.lineStatus(LINE))).kind).toBe('unreachable');
    expect(built.waits).toEqual([]);
  });

  it('resends a payment after a 5xx with the same key and the same bytes', async () => {
    const seen: Array<{ key: unknown; body: unknown }> = [];
    const record = (opts: { headers?: unknown; body?: unknown }) => {
      const headers = opts.headers as Record<string, string>;
      seen.push({ key: headers['idempotency-key'], body: opts.body });
    };
    pool.intercept({ path: topupPath, method: 'POST' }).reply((opts) => (record(opts), { statusCode: 503, data: 'busy' }));
    pool.intercept({ path: topupPath, method: 'POST' }).reply((opts) => (record(opts), { statusCode: 201, data: JSON.stringify(order('key-1')), responseOptions: JSON_HEADERS }));
    const result = await built.provider.topup(topup);
    expect(result).toMatchObject({ providerRef: 'R-1', status: 'succeeded', amount: { minor: 5_000, currency: 'HKD' } });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]?.key).toBe('key-1');
    expect(JSON.parse(String(seen[0]?.body))).toEqual({ amount: { amount: '50.00', currency: 'HKD' }, method: 'card' });
  });

  it.each([
    ['5xx every time', (p: Interceptable) => p.intercept({ path: topupPath, method: 'POST' }).reply(500, problem(500, 'internal_error')).times(3)],
    ['a connection reset every time', (p: Interceptable) => p.intercept({ path: topupPath, method: 'POST' }).replyWithError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })).times(3)],
    ['a garbled 201 every time', (p: Interceptable) => p.intercept({ path: topupPath, method: 'POST' }).reply(201, '{"ref": "R-', JSON_HEADERS).times(3)],
    ['a 201 for another key', (p: Interceptable) => p.intercept({ path: topupPath, method: 'POST' }).reply(201, order('key-other'), JSON_HEADERS)],
  ])('a payment with %s ends as unknown-outcome', async (_name, arrange) => {
    arrange(pool);
    expect((await kindOf(built.provider.topup(topup))).kind).toBe('unknown-outcome');
  });

  it('a payment that never left (connection refused) is unreachable, not unknown', async () => {
    pool.intercept({ path: topupPath, method: 'POST' }).replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).times(3);
    expect((await kindOf(built.provider.topup(topup))).kind).toBe('unreachable');
  });

  it('a reset followed by a refusal stays a refusal: the answer is definite', async () => {
    pool.intercept({ path: topupPath, method: 'POST' }).replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    pool.intercept({ path: topupPath, method: 'POST' }).reply(402, problem(402, 'card_declined'), PROBLEM_HEADERS);
    expect(await kindOf(built.provider.topup(topup))).toMatchObject({ kind: 'refused', code: 'card_declined' });
  });

  it('a reset followed by 429s stays unknown: the first attempt may have been charged', async () => {
    pool.intercept({ path: topupPath, method: 'POST' }).replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    pool.intercept({ path: topupPath, method: 'POST' }).reply(429, problem(429, 'rate_limited'), { headers: { 'retry-after': '0' } }).times(2);
    expect((await kindOf(built.provider.topup(topup))).kind).toBe('unknown-outcome');
  });

  it('a reset, then a 401 whose refresh fails, is still unknown: the first attempt may have been charged', async () => {
    pool.intercept({ path: topupPath, method: 'POST' }).replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    pool.intercept({ path: topupPath, method: 'POST' }).reply(401, problem(401, 'unauthorized'), PROBLEM_HEADERS);
    pool.intercept({ path: '/v1/auth/refresh', method: 'POST' }).reply(503, 'down').times(4);
    expect((await kindOf(built.provider.topup(topup))).kind).toBe('unknown-outcome');
  });

  it('waits out 409 in progress for its own earlier attempt, else says busy', async () => {
    pool.intercept({ path: topupPath, method: 'POST' }).reply(409, problem(409, 'idempotency_key_in_progress'), PROBLEM_HEADERS);
    pool.intercept({ path: topupPath, method: 'POST' }).reply(201, order('key-1'), JSON_HEADERS);
    expect((await built.provider.topup(topup)).providerRef).toBe('R-1');
    pool.intercept({ path: topupPath, method: 'POST' }).reply(409, problem(409, 'idempotency_key_in_progress'), PROBLEM_HEADERS).times(3);
    expect(await kindOf(built.provider.topup(topup))).toMatchObject({ kind: 'busy', code: 'idempotency_key_in_progress' });
  });

  it('a stalled answer ends at the --timeout budget: unreachable for a read, unknown-outcome for a payment', async () => {
    built = buildHttpProvider({ dispatcher: mock, endpoint: ORIGIN, tokens: { ...tokens }, timeoutMs: 300 });
    // Every attempt stalls: each times out at its own deadline, and the budget ends the retries.
    pool.intercept({ path: statusPath, method: 'GET' }).reply(200, lineStatus, JSON_HEADERS).delay(2_000).persist();
    const read = await kindOf(built.provider.lineStatus(LINE));
    expect(read.kind).toBe('unreachable');
    expect(read.reason).toEqual({ code: 'timed-out', seconds: 0 });
    built = buildHttpProvider({ dispatcher: mock, endpoint: ORIGIN, tokens: { ...tokens }, timeoutMs: 300 });
    pool.intercept({ path: topupPath, method: 'POST' }).reply(201, order('key-1'), JSON_HEADERS).delay(2_000).persist();
    expect((await kindOf(built.provider.topup(topup))).kind).toBe('unknown-outcome');
  });

  it('on 401 refreshes the token once, keeps the new pair, and retries', async () => {
    pool.intercept({ path: statusPath, method: 'GET', headers: { authorization: 'Bearer at-1' } }).reply(401, problem(401, 'unauthorized'), PROBLEM_HEADERS);
    pool
      .intercept({ path: '/v1/auth/refresh', method: 'POST', body: JSON.stringify({ refresh_token: 'rt-1' }) })
      .reply(200, { access_token: 'at-2', refresh_token: 'rt-2', token_type: 'Bearer', expires_in: 3600 }, JSON_HEADERS);
    pool.intercept({ path: statusPath, method: 'GET', headers: { authorization: 'Bearer at-2' } }).reply(200, lineStatus, JSON_HEADERS);
    expect((await built.provider.lineStatus(LINE)).id).toBe(LINE);
    expect(built.saved).toHaveLength(1);
    expect(built.saved[0]).toMatchObject({ accessToken: 'at-2', refreshToken: 'rt-2' });
  });

  it('is an auth error when the refreshed token is rejected too, or the refresh is', async () => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(401, problem(401, 'unauthorized'), PROBLEM_HEADERS).times(2);
    pool.intercept({ path: '/v1/auth/refresh', method: 'POST' }).reply(200, { access_token: 'at-2', refresh_token: 'rt-2', token_type: 'Bearer', expires_in: 3600 }, JSON_HEADERS);
    expect(await kindOf(built.provider.lineStatus(LINE))).toMatchObject({ kind: 'auth', code: 'unauthorized' });

    built = buildHttpProvider({ dispatcher: mock, endpoint: ORIGIN, tokens: { ...tokens }, timeoutMs: 3_000 });
    pool.intercept({ path: statusPath, method: 'GET' }).reply(401, problem(401, 'unauthorized'), PROBLEM_HEADERS);
    pool.intercept({ path: '/v1/auth/refresh', method: 'POST' }).reply(401, problem(401, 'invalid_refresh_token'), PROBLEM_HEADERS);
    expect(await kindOf(built.provider.lineStatus(LINE))).toMatchObject({ kind: 'auth', code: 'invalid_refresh_token' });
  });

  it('a bare token (no refresh token) rejected is an auth error without a refresh attempt', async () => {
    built = buildHttpProvider({ dispatcher: mock, endpoint: ORIGIN, tokens: { accessToken: 'bare', refreshToken: null, expiresAt: null } });
    pool.intercept({ path: statusPath, method: 'GET' }).reply(401, problem(401, 'unauthorized'), PROBLEM_HEADERS);
    expect((await kindOf(built.provider.lineStatus(LINE))).kind).toBe('auth');
  });

  it('follows line pages to the end and stops on a cursor loop', async () => {
    const ref = (id: string) => ({ id, number: null, iccid: '89852031234567890123', alias: null });
    pool.intercept({ path: '/v1/lines?limit=500', method: 'GET' }).reply(200, { lines: [ref('a')], nextCursor: 'c1' }, JSON_HEADERS);
    pool.intercept({ path: '/v1/lines?limit=500&cursor=c1', method: 'GET' }).reply(200, { lines: [ref('b')], nextCursor: null }, JSON_HEADERS);
    expect((await built.provider.listLines()).map((l) => l.id)).toEqual(['a', 'b']);
    pool.intercept({ path: '/v1/lines?limit=500', method: 'GET' }).reply(200, { lines: [], nextCursor: 'c1' }, JSON_HEADERS);
    pool.intercept({ path: '/v1/lines?limit=500&cursor=c1', method: 'GET' }).reply(200, { lines: [], nextCursor: 'c1' }, JSON_HEADERS);
    expect((await kindOf(built.provider.listLines())).kind).toBe('bad-response');
  });

  it('finds an order by key on the right line only', async () => {
    pool.intercept({ path: '/v1/orders?idempotencyKey=key-1', method: 'GET' }).reply(200, { orders: [order('key-1')] }, JSON_HEADERS).times(2);
    expect(await built.provider.findOrder(LINE, 'key-1')).toMatchObject({ providerRef: 'R-1', status: 'succeeded' });
    expect(await built.provider.findOrder('ln_other', 'key-1')).toBeNull();
  });

  it('never writes the token into debug output', async () => {
    pool.intercept({ path: statusPath, method: 'GET' }).reply(500, 'x');
    pool.intercept({ path: statusPath, method: 'GET' }).reply(200, lineStatus, JSON_HEADERS);
    await built.provider.lineStatus(LINE);
    expect(built.debug.length).toBeGreaterThan(0);
    expect(built.debug.join('\n')).not.toContain('at-1');
  });
});
