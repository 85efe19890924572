// leb's commands on an airalo account, in-process against the stand-in on 127.0.0.1: account add stores the
// secret (0600, nowhere in output), status, plans and renew work, and Airalo's documented failures end in a
// clear sentence and the contract's exit code. Three eSIMs keep each run within 5 requests a second, so the
// real clock never has to wait.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/main.js';
import { tempHome, testEnv } from '../../helpers/cli.js';
import { bufferIO } from '../../helpers/io.js';
import { SimTimer } from './sim-timer.js';
import { CLIENT_ID, CLIENT_SECRET, startStandIn, type StandIn } from './stand-in/server.js';

let standIn: StandIn;
/** One simulated time line for leb's scheduler and the stand-in; each run starts a few seconds after the last. */
let timer: SimTimer;
let home: { home: string; cleanup: () => void };
const env = { LEB_NO_KEYRING: '1' };
async function leb(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  timer.advance(5_000);
  const io = bufferIO({ tty: false, ...(stdin === undefined ? {} : { stdin }) });
  const code = await main(argv, { io, env: testEnv(home.home, env), timeZone: 'UTC', now: () => new Date(timer.wall()), airaloClocks: { timer, wallNow: timer.wall } });
  return { code, stdout: io.out(), stderr: io.err() };
}
const ICCID = (n: number) => `89103${String(n).padStart(14, '0')}`;

async function addAccount(): Promise<void> {
  const added = await leb(['account', 'add', 'fleet', '--provider', 'airalo', '--client-id', CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url], `${CLIENT_SECRET}\n`);
  expect(added.stderr).toContain('Added account fleet (3 lines).');
  expect(added.code).toBe(0);
}

beforeEach(async () => {
  timer = new SimTimer();
  standIn = await startStandIn({ sims: 3, now: timer.wall });
  home = tempHome();
});
afterEach(async () => {
  await standIn.close();
  home.cleanup();
  expect(standIn.violations).toEqual([]);
  expect(standIn.limitHits).toBe(0);
});

describe('airalo account from the command line', () => {
  it('adds the account; the secret is stored 0600 and appears in no output', async () => {
    const added = await leb(['--json', 'account', 'add', 'fleet', '--provider', 'airalo', '--client-id', CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url], CLIENT_SECRET);
    expect(JSON.parse(added.stdout)).toEqual({ name: 'fleet', provider: 'airalo', endpoint: standIn.url, lines: 3, credentials: 'file', default: true });
    const credentials = join(home.home, 'credentials.json');
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(readFileSync(credentials, 'utf8')).toContain(CLIENT_SECRET);
    for (const file of readdirSync(join(home.home, 'cache'))) expect(statSync(join(home.home, 'cache', file)).mode & 0o777).toBe(0o600);
    const listed = await leb(['account', 'list']);
    expect(`${added.stderr}${listed.stdout}${listed.stderr}`).not.toContain(CLIENT_SECRET);
  });

  it('refuses a wrong secret (exit 4) and stores nothing', async () => {
    const added = await leb(['account', 'add', 'fleet', '--provider', 'airalo', '--client-id', CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url], 'wrong');
    expect(added.code).toBe(4);
    expect(added.stderr).toContain('the client id or secret was rejected');
    expect((await leb(['account', 'list', '--json'])).stdout.trim()).toBe('[]');
  });

  it('refuses http flags on an airalo account and airalo flags elsewhere (exit 2)', async () => {
    const mixed = await leb(['account', 'add', 'fleet', '--provider', 'airalo', '--login', 'me', '--secret-stdin'], 'x');
    expect(mixed).toMatchObject({ code: 2 });
    expect(mixed.stderr).toContain('--client-id and --secret-stdin');
    expect((await leb(['account', 'add', 'demo', '--provider', 'sandbox', '--client-id', 'x'])).code).toBe(2);
  });

  it('status: expiry, data left, used up, recycled', async () => {
    await addAccount();
    const status = await leb(['--json', 'status']);
    expect(status.code).toBe(0);
    const lines = JSON.parse(status.stdout) as { line: string; state: string; expiresAt: string | null; data: unknown; provider: string }[];
    const byLine = Object.fromEntries(lines.map((l) => [l.line, l]));
    expect(byLine[ICCID(1)]).toMatchObject({ provider: 'airalo', state: 'active', data: { remainingMb: 767, totalMb: 2048 } });
    expect(byLine[ICCID(1)]!.expiresAt).toMatch(/\+00:00$/);
    expect(byLine[ICCID(2)]).toMatchObject({ state: 'active', data: { remainingMb: 0 } });
    expect(byLine[ICCID(3)]).toMatchObject({ state: 'recycled' });
  });

  it('plans lists the top-up packages in dollars; an eSIM with none says so', async () => {
    await addAccount();
    const plans = await leb(['--json', 'plans', '--line', ICCID(1)]);
    expect(plans.code).toBe(0);
    expect(JSON.parse(plans.stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'bonbon-mobile-30days-3gb-topup', price: { amount: '10.00', currency: 'USD' }, validityDays: 30 })]),
    );
    standIn.state.sims[0]!.topups = [];
    const none = await leb(['plans', '--line', ICCID(1)]);
    expect(none.stderr).toBe(`No top-up can be bought for ${ICCID(1)}: Airalo offers no package for this eSIM.\n`);
  });

  it('renew buys the package once; a recycled eSIM and a short partner balance get their sentence and exit 6', async () => {
    await addAccount();
    const renewed = await leb(['--json', '--yes', 'renew', '--line', ICCID(1), '--plan', 'bonbon-mobile-30days-5gb-topup']);
    expect(renewed.stderr, JSON.stringify(standIn.requests.slice(-12))).toBe("");
    expect(renewed.code).toBe(0);
    expect(JSON.parse(renewed.stdout).order).toMatchObject({ status: 'succeeded', amount: { amount: '14.00', currency: 'USD' }, kind: 'renew' });
    expect(standIn.state.orders).toHaveLength(1);

    const recycled = await leb(['--yes', 'renew', '--line', ICCID(3), '--plan', 'bonbon-mobile-30days-5gb-topup']);
    expect(recycled.code).toBe(6);
    expect(recycled.stderr).toContain('has been recycled (code 73)');
    expect(recycled.stderr).toContain('Order a new eSIM');

    standIn.state.balanceCents = 500;
    const broke = await leb(['--yes', 'renew', '--line', ICCID(2), '--plan', 'bonbon-mobile-30days-3gb-topup']);
    expect(broke.code).toBe(6);
    expect(broke.stderr).toContain('the partner balance is too low for this package (code 11)');
    expect(broke.stderr).toContain('Top up the partner balance');
    expect(standIn.state.orders).toHaveLength(1);
  });

  it('status within a short --timeout refreshes the most urgent lines, shows the rest from the cache and counts them; --refresh takes the stalest first', async () => {
    await addAccount();
    const base = standIn.state.sims[0]!;
    // Nine more eSIMs, expiring one day apart from the 9th to the 1st (ICCID 12 soonest).
    for (let n = 4; n <= 12; n++) standIn.state.sims.push({ ...base, iccid: ICCID(n), history: [], expiresAtMs: timer.wall() + (20 - n) * 86_400_000 });
    expect((await leb(['status'])).code).toBe(0);
    timer.advance(600_000);
    // 2 s of budget: about ten requests at 5 a second; the listing takes one.
    const short = await leb(['--json', '--timeout', '2', 'status']);
    const lines = JSON.parse(short.stdout) as { line: string; stale?: boolean; fetchedAt: string }[];
    expect(lines).toHaveLength(12);
    const stale = lines.filter((l) => l.stale === true).map((l) => l.line);
    expect(stale.length).toBeGreaterThan(0);
    expect(short.stderr).toContain(`fleet: ${stale.length} of 12 lines could not be refreshed in time and are shown from the cache`);
    // The soonest deadlines were refreshed; the recycled eSIM (3) and the latest expiries were left for later.
    for (const n of [12, 11, 10]) expect(stale).not.toContain(ICCID(n));
    expect(stale).toContain(ICCID(3));
    timer.advance(600_000);
    const refresh = await leb(['--json', '--timeout', '2', 'status', '--refresh']);
    const after = JSON.parse(refresh.stdout) as { line: string; stale?: boolean }[];
    // --refresh fetched the lines left stale last time first: whatever it refreshed was stale before.
    const refreshed = after.filter((l) => l.stale !== true).map((l) => l.line);
    expect(refreshed.length).toBeGreaterThan(0);
    for (const line of refreshed) expect(stale).toContain(line);
  });

  it('says it in Chinese too', async () => {
    await addAccount();
    standIn.faults.forbidden = true;
    const denied = await leb(['--lang', 'zh-CN', 'status']);
    expect(denied.code).toBe(4);
    expect(denied.stderr).toContain('不在提供方的白名单中');
  });
});
