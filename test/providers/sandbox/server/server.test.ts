// The reference server as a carrier's client sees it: status codes, problem+json bodies, validation against
// the spec's schemas, paging, token rotation, and `leb sandbox serve` starting and stopping cleanly.

import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { createContext } from '../../../../src/cli/context.js';
import { resolveGlobals } from '../../../../src/cli/globals.js';
import { runSandboxServe } from '../../../../src/commands/sandbox/serve.run.js';
import { NO_FAULTS } from '../../../../src/providers/sandbox/server/faults.js';
import { REFRESH_GRACE_MS } from '../../../../src/providers/sandbox/server/tokens.js';
import { startSandboxServer, type SandboxServer } from '../../../../src/providers/sandbox/server/server.js';
import { LinesPageWire, OrderWire, ProblemWire, TokenWire } from '../../../../src/providers/http/wire.js';
import { bufferIO } from '../../../helpers/io.js';
import { tempHome, testEnv } from '../../../helpers/cli.js';

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

async function send(url: string, init: { method?: 'GET' | 'POST' | 'PUT'; token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Sent> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] ??= 'application/json';
  const response = await request(url, { method: init.method ?? 'GET', headers, body: init.raw ?? (init.body === undefined ? null : JSON.stringify(init.body)) });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, json: text ? JSON.parse(text) : null };
}

describe('leb sandbox serve: the reference server', () => {
  let server: SandboxServer;
  let now = new Date('2026-11-22T04:00:00Z');
  afterEach(async () => {
    await server?.close();
    now = new Date('2026-11-22T04:00:00Z');
  });

  async function login(): Promise<string> {
    const answer = await send(`${server.url}/v1/auth/login`, { method: 'POST', body: { login: server.login, password: server.password } });
    expect(answer.status).toBe(200);
    return TokenWire.parse(answer.json).access_token;
  }

  it('answers problems as RFC 9457 with a stable code, and asks for a token', async () => {
    server = await startSandboxServer({ seed: 1 });
    const anonymous = await send(`${server.url}/v1/lines`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toBe('application/problem+json');
    expect(anonymous.headers['www-authenticate']).toContain('Bearer');
    expect(ProblemWire.parse(anonymous.json)).toMatchObject({ code: 'unauthorized', status: 401, type: 'urn:leb:problem:unauthorized' });

    const wrong = await send(`${server.url}/v1/auth/login`, { method: 'POST', body: { login: 'demo', password: 'nope' } });
    expect(wrong).toMatchObject({ status: 401, json: { code: 'invalid_credentials' } });
    const token = await login();
    expect(await send(`${server.url}/v1/nothing`, { token })).toMatchObject({ status: 404, json: { code: 'not_found' } });
    const wrongMethod = await send(`${server.url}/v1/lines`, { method: 'POST', token, body: {} });
    expect(wrongMethod).toMatchObject({ status: 405, json: { code: 'method_not_allowed' } });
    expect(wrongMethod.headers.allow).toBe('GET');
  });

  it('validates payments against the spec: key required, body shape, media type, size', async () => {
    server = await startSandboxServer({ seed: 1 });
    const token = await login();
    const line = LinesPageWire.parse((await send(`${server.url}/v1/lines`, { token })).json).lines[0]!.id;
    const topups = `${server.url}/v1/lines/${line}/topups`;
    const good = { amount: { amount: '50.00', currency: 'HKD' }, method: 'card' };
    expect(await send(topups, { method: 'POST', token, body: good })).toMatchObject({ status: 400, json: { code: 'idempotency_key_missing' } });
    const key = { 'idempotency-key': 'k-1' };
    const floatAmount = await send(topups, { method: 'POST', token, headers: key, body: { ...good, amount: { amount: 50, currency: 'HKD' } } });
    expect(floatAmount).toMatchObject({ status: 400, json: { code: 'invalid_request' } });
    expect((floatAmount.json as { detail: string }).detail).toContain('amount.amount');
    expect(await send(topups, { method: 'POST', token, headers: { ...key, 'content-type': 'text/plain' }, raw: 'amount=50' })).toMatchObject({ status: 415 });
    expect(await send(topups, { method: 'POST', token, headers: key, raw: 'x'.repeat(70_000) })).toMatchObject({ status: 413 });
    expect(await send(topups, { method: 'POST', token, headers: key, raw: '{"amount":' })).toMatchObject({ status: 400, json: { code: 'invalid_request' } });
    expect(server.charges()).toEqual([]);

    const first = await send(topups, { method: 'POST', token, headers: key, body: good });
    expect(first.status).toBe(201);
    expect(first.headers.location).toBe(`/v1/orders/${OrderWire.parse(first.json).ref}`);
    const replay = await send(topups, { method: 'POST', token, headers: key, body: good });
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json).toEqual(first.json);
    expect(await send(topups, { method: 'POST', token, headers: key, body: { ...good, method: 'alipay' } })).toMatchObject({ status: 422, json: { code: 'idempotency_key_reused' } });

    const declined = await send(topups, { method: 'POST', token, headers: { 'idempotency-key': 'k-2' }, body: { ...good, method: 'card-declined' } });
    expect(declined).toMatchObject({ status: 402, json: { code: 'card_declined', orderRef: expect.any(String) } });
    const byKey = await send(`${server.url}/v1/orders?idempotencyKey=k-2`, { token });
    expect(byKey.json).toMatchObject({ orders: [{ status: 'failed', failure: { code: 'card_declined' } }] });
    expect(await send(`${server.url}/v1/orders/${OrderWire.parse(first.json).ref}`, { token })).toMatchObject({ status: 200 });
    expect(server.charges().map((c) => c.idempotencyKey)).toEqual(['k-1']);
  });

  it('pages through a fleet with opaque cursors', async () => {
    server = await startSandboxServer({ seed: 2, lines: 250 });
    const token = await login();
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '?limit=100' : `?limit=100&cursor=${encodeURIComponent(cursor)}`;
      const page = LinesPageWire.parse((await send(`${server.url}/v1/lines${query}`, { token })).json);
      ids.push(...page.lines.map((l) => l.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(250);
    expect(await send(`${server.url}/v1/lines?limit=501`, { token })).toMatchObject({ status: 400 });
    expect(await send(`${server.url}/v1/lines?cursor=bogus`, { token })).toMatchObject({ status: 400 });
  });

  it('rotates refresh tokens, accepting the old one again only within its grace', async () => {
    server = await startSandboxServer({ seed: 3, now: () => now, tokenTtlSeconds: 60 });
    const first = TokenWire.parse((await send(`${server.url}/v1/auth/login`, { method: 'POST', body: { login: 'demo', password: server.password } })).json);
    const refresh = (token: string) => send(`${server.url}/v1/auth/refresh`, { method: 'POST', body: { refresh_token: token } });
    now = new Date(now.getTime() + 61_000);
    expect((await send(`${server.url}/v1/lines`, { token: first.access_token })).status).toBe(401);
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect((await send(`${server.url}/v1/lines`, { token: TokenWire.parse(second.json).access_token })).status).toBe(200);
    expect((await refresh(first.refresh_token)).status).toBe(200);
    now = new Date(now.getTime() + REFRESH_GRACE_MS + 1_000);
    expect(await refresh(first.refresh_token)).toMatchObject({ status: 401, json: { code: 'invalid_refresh_token' } });
  });

  it('never applies faults to /_sandbox/*', async () => {
    server = await startSandboxServer({ seed: 4, faults: { ...NO_FAULTS, stall: 1 } });
    expect(await send(`${server.url}/_sandbox/charges`)).toMatchObject({ status: 200, json: [] });
  });
});

describe('leb sandbox serve (the command)', () => {
  it('prints one JSON line on stdout, a banner on stderr, serves until stopped, then closes', async () => {
    const home = tempHome();
    const io = bufferIO();
    const env = testEnv(home.home);
    const ctx = createContext(resolveGlobals({ json: true }, env), { io, env });
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runSandboxServe(ctx, { host: '127.0.0.1', port: 0, lines: 12, latencyMs: 0, faults: NO_FAULTS, faultSpec: null, seed: 9 }, () => stopped);
    for (let i = 0; i < 100 && io.out() === ''; i++) await new Promise((r) => setTimeout(r, 10));
    const lines = io.out().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const hello = JSON.parse(lines[0]!) as { url: string; login: string; password: string; seed: number };
    expect(hello).toMatchObject({ login: 'demo', seed: 9 });
    expect(hello.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(io.err()).toContain('12 lines');
    expect(io.err()).toContain('--password-stdin');
    const answer = await send(`${hello.url}/v1/auth/login`, { method: 'POST', body: { login: hello.login, password: hello.password } });
    expect(answer.status).toBe(200);
    stop();
    expect(await running).toBe(0);
    await expect(send(`${hello.url}/_sandbox/charges`)).rejects.toThrow();
    home.cleanup();
  });

  it('a port in use is a usage error naming it', async () => {
    const taken = await startSandboxServer();
    const port = Number(new URL(taken.url).port);
    const home = tempHome();
    const env = testEnv(home.home);
    const ctx = createContext(resolveGlobals({}, env), { io: bufferIO(), env });
    await expect(runSandboxServe(ctx, { host: '127.0.0.1', port, lines: null, latencyMs: 0, faults: NO_FAULTS, faultSpec: null, seed: null }, () => new Promise(() => {}))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(`127.0.0.1:${port}`),
    });
    await taken.close();
    home.cleanup();
  });
});
