// The reference server's clock: GET/POST /_sandbox/clock (never subject to faults), the carrier following an
// offset changed under it (LEB_HOME/sandbox/clock.json for `leb sandbox serve`), and never going back.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { NO_FAULTS } from '../../../../src/providers/sandbox/server/faults.js';
import { fileClock } from '../../../../src/providers/sandbox/server/clock.js';
import { startSandboxServer, type SandboxServer } from '../../../../src/providers/sandbox/server/server.js';
import { sandboxClockFile, writeClockOffset } from '../../../../src/store/sandbox-clock.js';
import { runCli, tempHome } from '../../../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');

async function send(url: string, method: 'GET' | 'POST' = 'GET', body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await request(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.statusCode, json: (await response.body.json()) as Record<string, unknown> };
}

describe('sandbox serve: the carrier clock', () => {
  let server: SandboxServer | undefined;
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    home.cleanup();
  });

  it('GET shows it, POST {advanceDays} moves it forward and the carrier does its work; faults never apply', async () => {
    server = await startSandboxServer({ seed: 1, now: () => NOW, faults: { ...NO_FAULTS, stall: 1, error500: 1 } });
    expect(await send(`${server.url}/_sandbox/clock`)).toEqual({ status: 200, json: { now: '2026-11-22T12:00:00+08:00', today: '2026-11-22', offsetDays: 0 } });
    const grace = server.state.lines.find((l) => l.alias === 'Old Shenzhen SIM')!;
    expect(grace.recycled).toBe(false);

    const moved = await send(`${server.url}/_sandbox/clock`, 'POST', { advanceDays: 40 });
    expect(moved).toEqual({ status: 200, json: { now: '2027-01-01T12:00:00+08:00', today: '2027-01-01', offsetDays: 40 } });
    expect(grace.recycled).toBe(true);
  });

  it.each([0, -1, 1.5, '10', 3651, null])('POST advanceDays %o: 400 invalid_request, clock unchanged', async (advanceDays) => {
    server = await startSandboxServer({ seed: 1, now: () => NOW });
    const refused = await send(`${server.url}/_sandbox/clock`, 'POST', { advanceDays });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'invalid_request' });
    expect((await send(`${server.url}/_sandbox/clock`)).json).toMatchObject({ offsetDays: 0 });
  });

  it('follows the clock file on every request, and never goes back when the file does', async () => {
    const file = sandboxClockFile(join(home.home, 'sandbox'));
    server = await startSandboxServer({ seed: 1, now: () => NOW, clock: fileClock(file) });
    writeClockOffset(file, 10);
    expect((await send(`${server.url}/_sandbox/clock`)).json).toMatchObject({ today: '2026-12-02', offsetDays: 10 });
    const work = server.state.lines.find((l) => l.alias === 'Work backup')!;
    writeClockOffset(file, 40);
    await send(`${server.url}/_sandbox/clock`); // reading the clock lets the carrier's time pass, as any API request does
    expect(work.recycled).toBe(true);

    writeClockOffset(file, 0);
    expect((await send(`${server.url}/_sandbox/clock`)).json).toMatchObject({ today: '2027-01-01', now: '2027-01-01T12:00:00+08:00' });
    // POST writes the same file, for every other leb on this LEB_HOME.
    expect((await send(`${server.url}/_sandbox/clock`, 'POST', { advanceDays: 45 })).json).toMatchObject({ offsetDays: 45, today: '2027-01-06' });
  });

  it('leb sandbox serve with a corrupt clock file: exit 9 naming it, before listening', async () => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true, mode: 0o700 });
    writeFileSync(join(home.home, 'sandbox', 'clock.json'), 'not json', { mode: 0o600 });
    const result = await runCli(['sandbox', 'serve', '--port', '0'], { home: home.home, now: NOW });
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('clock.json is not a sandbox clock file');
    expect(result.stderr).not.toContain('Listening');
  });
});
