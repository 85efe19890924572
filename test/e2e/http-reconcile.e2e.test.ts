// The payments promise over a bad network, end to end with the built binary: `leb sandbox serve` drops most
// answers after committing and fails some requests outright; leb tops up again and again, then reconciles.
// Afterwards the server's charges equal the client's succeeded orders one for one, and no key is charged twice.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { Journal } from '../../src/store/journal.js';
import { BIN, runBin, tempHome, testEnv } from '../helpers/cli.js';

describe('topup and reconcile against a faulty leb sandbox serve (built binary)', () => {
  const serverHome = tempHome();
  const home = tempHome();
  let stop: () => Promise<void>;
  let hello: { url: string; login: string; password: string };
  // LEB_TEST_INSTANT_WAITS: every retry follows at once instead of after real back-off (0.25 s to 5 s), which
  // changes when requests are sent, never what is sent (same key, same bytes) nor how answers are judged.
  const leb = (argv: string[], stdin?: string) =>
    runBin(argv, { home: home.home, env: { LEB_NO_KEYRING: '1', LEB_TEST_INSTANT_WAITS: '1' }, timeoutMs: 30_000, ...(stdin === undefined ? {} : { stdin }) });

  beforeAll(async () => {
    const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--port', '0', '--json', '--seed', '5', '--faults', 'reset-after-commit=0.7,error-500=0.1'], {
      env: testEnv(serverHome.home),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // serve saves its start-up code cache under its LEB_HOME as it exits: wait for that before removing the home.
    stop = () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('close', () => resolve());
        child.kill('SIGTERM');
      });
    hello = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))));
      });
      child.on('error', reject);
    });
  });
  afterAll(async () => {
    await stop();
    serverHome.cleanup();
    home.cleanup();
  });

  it('charges equal succeeded orders, one for one, whatever the exit codes on the way', async () => {
    let added = 1;
    for (let i = 0; i < 5 && added !== 0; i++) {
      added = (await leb(['account', 'add', 'local', '--provider', 'http', '--endpoint', hello.url, '--login', hello.login, '--password-stdin'], hello.password)).code;
    }
    expect(added).toBe(0);

    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await leb(['topup', '--line', 'Work backup', '--amount', '20', '--yes'])).code);
    // Success, unreachable (nothing sent) or unknown (sent, answer lost); never anything else.
    expect(codes.every((c) => [0, 5, 7].includes(c))).toBe(true);
    expect(codes).toContain(7);

    let settled = false;
    for (let i = 0; i < 8 && !settled; i++) {
      const reconciled = await leb(['reconcile']);
      // Straight from the journal between rounds (one process less each time); `history --json` is read below.
      const orders = new Journal(join(home.home, 'orders.jsonl')).orders();
      settled = reconciled.code === 0 && orders.every((o) => o.status === 'succeeded' || o.status === 'failed');
    }
    expect(settled).toBe(true);

    const history = JSON.parse((await leb(['history', '--json'])).stdout) as Array<{ status: string; idempotencyKey: string }>;
    const charges = (await (await request(`${hello.url}/_sandbox/charges`)).body.json()) as Array<{ idempotencyKey: string }>;
    const charged = charges.map((c) => c.idempotencyKey);
    expect(new Set(charged).size, 'a key was charged twice').toBe(charged.length);
    expect(charged.sort()).toEqual(history.filter((o) => o.status === 'succeeded').map((o) => o.idempotencyKey).sort());
    expect(charged.length).toBeGreaterThan(0);
    // A dozen leb processes one after another: room for a loaded machine (a limit, not a wait).
  }, 60_000);
});
