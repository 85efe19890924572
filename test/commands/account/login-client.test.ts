// `leb account login <name>` on accounts with client credentials: when the stored Airalo or Reloadly secret stops
// working (rotated at the provider), the error names the account, its provider and endpoint and how to log in
// again; logging in again takes a new secret, checks it with a token asked for with it (never a cached one),
// and keeps the account's labels and history. A wrong secret changes nothing.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/main.js';
import { Journal } from '../../../src/store/journal.js';
import { runCli, tempHome, testEnv, type RunOptions } from '../../helpers/cli.js';
import { bufferIO } from '../../helpers/io.js';
import { SimTimer } from '../../providers/airalo/sim-timer.js';
import * as airalo from '../../providers/airalo/stand-in/server.js';
import * as reloadly from '../../providers/reloadly/stand-in/server.js';

let home: { home: string; cleanup: () => void };

/** The stored secret replaced by one the provider no longer accepts, as after a rotation. */
function rotateStoredSecret(account: string): void {
  const file = join(home.home, 'credentials.json');
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  stored.accounts[account].clientSecret = 'rotated-away';
  writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
}

const storedSecret = (account: string): string => JSON.parse(readFileSync(join(home.home, 'credentials.json'), 'utf8')).accounts[account].clientSecret;

describe('account login on an airalo account', () => {
  let standIn: airalo.StandIn;
  let timer: SimTimer;
  beforeEach(async () => {
    timer = new SimTimer();
    standIn = await airalo.startStandIn({ sims: 2, now: timer.wall });
    home = tempHome();
  });
  afterEach(async () => {
    await standIn.close();
    home.cleanup();
    expect(standIn.violations).toEqual([]);
    expect(standIn.limitHits).toBe(0);
  });

  /** Each run a minute after the last: Airalo allows 3 token requests a minute, and each step here asks for one. */
  async function leb(argv: string[], stdin?: string) {
    timer.advance(61_000);
    const io = bufferIO({ tty: false, ...(stdin === undefined ? {} : { stdin }) });
    const code = await main(argv, { io, env: testEnv(home.home, { LEB_NO_KEYRING: '1' }), timeZone: 'UTC', now: () => new Date(timer.wall()), airaloClocks: { timer, wallNow: timer.wall } });
    return { code, stdout: io.out(), stderr: io.err() };
  }

  it('a rotated secret: exit 4 with a hint naming airalo, the endpoint and "leb account login fleet"; login with the new one keeps labels', async () => {
    expect((await leb(['account', 'add', 'fleet', '--provider', 'airalo', '--client-id', airalo.CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url], airalo.CLIENT_SECRET)).code).toBe(0);
    const line = (JSON.parse((await leb(['--json', 'status'])).stdout) as { line: string }[])[0]!.line;
    expect((await leb(['line', 'label', line, 'Tokyo trip'])).code).toBe(0);

    rotateStoredSecret('fleet');
    standIn.expireTokens();
    const failing = await leb(['status']);
    expect(failing.code).toBe(4);
    expect(failing.stderr).toContain(`Log in to fleet again with its client secret (airalo at ${standIn.url}`);
    expect(failing.stderr).toContain('leb account login fleet');

    // A wrong secret is refused even though nothing is wrong with the client id: exit 4, the stored one stays.
    const wrong = await leb(['account', 'login', 'fleet', '--secret-stdin'], 'still-wrong');
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('Nothing was saved');
    expect(storedSecret('fleet')).toBe('rotated-away');

    const login = await leb(['--json', 'account', 'login', 'fleet', '--secret-stdin'], `${airalo.CLIENT_SECRET}\n`);
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(JSON.parse(login.stdout)).toEqual({ name: 'fleet', provider: 'airalo', endpoint: standIn.url, lines: 2, credentials: 'file', loggedIn: true });
    expect(storedSecret('fleet')).toBe(airalo.CLIENT_SECRET);
    expect(`${login.stdout}${login.stderr}`).not.toContain(airalo.CLIENT_SECRET);

    const status = JSON.parse((await leb(['--json', 'status'])).stdout) as { line: string; label: string | null }[];
    expect(status.find((l) => l.line === line)?.label).toBe('Tokyo trip');
  });

  it('checks the new secret with a new token, not the one still cached: a wrong secret fails while the cache is valid', async () => {
    expect((await leb(['account', 'add', 'fleet', '--provider', 'airalo', '--client-id', airalo.CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url], airalo.CLIENT_SECRET)).code).toBe(0);
    const before = standIn.tokenRequests;
    const wrong = await leb(['account', 'login', 'fleet', '--secret-stdin'], 'typo');
    expect(wrong.code).toBe(4);
    expect(standIn.tokenRequests).toBe(before + 1);
    expect(storedSecret('fleet')).toBe(airalo.CLIENT_SECRET);
    // The cached token still serves the account.
    expect((await leb(['status'])).code).toBe(0);
  });

  it('http flags are refused on an airalo account, naming what it takes (exit 2)', async () => {
    expect((await leb(['account', 'add', 'fleet', '--provider', 'airalo', '--client-id', airalo.CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url], airalo.CLIENT_SECRET)).code).toBe(0);
    const mixed = await leb(['account', 'login', 'fleet', '--password-stdin'], 'x');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('fleet (provider airalo) logs in with --client-id <id> --secret-stdin');
    const none = await leb(['account', 'login', 'fleet']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--secret-stdin');
  });
});

describe('account login on a reloadly account', () => {
  let standIn: reloadly.StandIn;
  beforeEach(async () => {
    standIn = await reloadly.startStandIn();
    home = tempHome();
  });
  afterEach(async () => {
    await standIn.close();
    home.cleanup();
    expect(standIn.violations).toEqual([]);
  });
  const run = (argv: string[], options: Partial<RunOptions> = {}) => runCli(argv, { home: home.home, now: new Date('2026-12-02T04:00:00Z'), ...options, env: { LEB_NO_KEYRING: '1' } });

  it('a rotated secret: exit 4 naming reloadly and its endpoint; login keeps the tracked line, its label and history', async () => {
    expect((await run(['account', 'add', 'rl', '--provider', 'reloadly', '--client-id', reloadly.CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url, '--auth-endpoint', standIn.url], { stdin: reloadly.CLIENT_SECRET })).code).toBe(0);
    expect((await run(['line', 'add', '+85291234567', '--account', 'rl', '--expires', '2026-12-20', '--label', 'HK card'])).code).toBe(0);

    rotateStoredSecret('rl');
    standIn.expireTokens();
    const failing = await run(['topup', '--line', 'HK card', '--amount', '50', '--yes']);
    expect(failing.code).toBe(4);
    expect(failing.stderr).toContain(`(reloadly at ${standIn.url}`);
    expect(failing.stderr).toContain('leb account login rl');
    expect(standIn.charges()).toHaveLength(0);

    const login = await run(['--json', 'account', 'login', 'rl', '--secret-stdin'], { stdin: reloadly.CLIENT_SECRET });
    expect(login.code, login.stderr).toBe(0);
    expect(JSON.parse(login.stdout)).toMatchObject({ name: 'rl', provider: 'reloadly', lines: 1, loggedIn: true });
    expect(storedSecret('rl')).toBe(reloadly.CLIENT_SECRET);

    const paid = await run(['topup', '--line', 'HK card', '--amount', '50', '--yes']);
    expect(paid.code, paid.stderr).toBe(0);
    expect(standIn.charges()).toHaveLength(1);
  });

  it('another --client-id is refused while an order made under the old one is unsettled', async () => {
    expect((await run(['account', 'add', 'rl', '--provider', 'reloadly', '--client-id', reloadly.CLIENT_ID, '--secret-stdin', '--endpoint', standIn.url, '--auth-endpoint', standIn.url], { stdin: reloadly.CLIENT_SECRET })).code).toBe(0);
    expect((await run(['line', 'add', '+85291234567', '--account', 'rl', '--expires', '2026-12-20'])).code).toBe(0);
    // A top-up whose answer never came, as the journal records it (intent, then unknown).
    await new Journal(join(home.home, 'orders.jsonl')).append(
      { type: 'intent', id: 'ord_lost', idempotencyKey: 'key-lost', account: 'rl', provider: 'reloadly', line: 'tl_85291234567', kind: 'topup', amount: { amount: '50.00', currency: 'HKD' }, method: 'wallet', plan: null, at: '2026-12-02T03:00:00.000Z', recordedBy: null, batch: null, number: null },
      { type: 'outcome', id: 'ord_lost', status: 'unknown', providerRef: null, reason: 'timed out', at: '2026-12-02T03:00:30.000Z' },
    );
    const moved = await run(['account', 'login', 'rl', '--client-id', 'someone-else', '--secret-stdin'], { stdin: reloadly.CLIENT_SECRET });
    expect(moved.code).toBe(2);
    expect(moved.stderr).toContain('rl has 1 unsettled order under its current client id; run "leb reconcile" before changing --client-id');
  });
});

describe('accounts with nothing to log in to', () => {
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('sandbox and manual accounts say so and exit 0', async () => {
    await runCli(['account', 'add', 'demo', '--provider', 'sandbox'], { home: home.home });
    await runCli(['line', 'add', '+85291234567', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20'], { home: home.home });
    const sandbox = await runCli(['account', 'login', 'demo'], { home: home.home });
    expect(sandbox).toMatchObject({ code: 0, stderr: 'demo is a sandbox account: there is nothing to log in to.\n' });
    const manual = await runCli(['account', 'login', 'manual'], { home: home.home });
    expect(manual).toMatchObject({ code: 0, stderr: 'manual holds lines you track yourself: there is nothing to log in to.\n' });
  });
});
