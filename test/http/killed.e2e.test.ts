// The CLI killed mid-payment, for real: the built binary tops up against a slow `sandbox serve`, is SIGKILLed
// as soon as its intent is in the journal (before or while the request is on the wire), and then the user
// reruns or reconciles. Whatever the server did with the cut request, it is charged at most once per key and
// its charges end up equal to the client's succeeded orders.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../src/providers/sandbox/server/server.js';
import { Journal } from '../../src/store/journal.js';
import { BIN, runBin, tempHome, testEnv } from '../helpers/cli.js';

const ENV = { LEB_NO_KEYRING: '1' };

async function killOnceJournaled(home: string, argv: string[]): Promise<void> {
  const journal = join(home, 'orders.jsonl');
  const child = spawn(process.execPath, [BIN, ...argv], { env: testEnv(home, ENV), stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const deadline = Date.now() + 10_000;
  while (!(existsSync(journal) && readFileSync(journal, 'utf8').includes('"intent"'))) {
    if (Date.now() > deadline) throw new Error('the intent never reached the journal');
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  await exited;
}

// A rerun right after the kill waits for the dead process's line lock to go stale (5 s).
describe('the CLI killed between journal and answer', { timeout: 40_000 }, () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  let line: string;
  beforeEach(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 11, latencyMs: 400 });
    const added = await runBin(['account', 'add', 'slow', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { home: home.home, env: ENV, stdin: server.password });
    expect(added.code).toBe(0);
    line = JSON.parse((await runBin(['status', '--json'], { home: home.home, env: ENV })).stdout)[1].line;
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });

  const succeededKeys = () => new Journal(join(home.home, 'orders.jsonl')).orders().filter((o) => o.status === 'succeeded').map((o) => o.idempotencyKey).sort();
  const chargedKeys = () => server.charges().map((c) => c.idempotencyKey).sort();

  it('a rerun of the same command pays once, under the first attempt\'s key', async () => {
    await killOnceJournaled(home.home, ['topup', '--line', line, '--amount', '50', '--yes']);
    const [orphan] = new Journal(join(home.home, 'orders.jsonl')).orders();
    expect(orphan?.status).toBe('pending');

    const rerun = await runBin(['topup', '--line', line, '--amount', '50', '--yes', '--json'], { home: home.home, env: ENV });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).order.idempotencyKey).toBe(orphan?.idempotencyKey);
    expect(chargedKeys()).toEqual([orphan?.idempotencyKey]);
    expect(succeededKeys()).toEqual(chargedKeys());
  });

  it('reconcile, then a different payment: charges equal succeeded orders, no key twice', async () => {
    await killOnceJournaled(home.home, ['topup', '--line', line, '--amount', '50', '--yes']);
    // Give a request the server may still be sleeping on time to land before we ask.
    await new Promise((r) => setTimeout(r, 600));
    const reconciled = await runBin(['reconcile', '--json'], { home: home.home, env: ENV });
    // Killed before its bytes left, the request is unseen: it stays open (exit 7) and resendable, since a
    // request can still arrive late; the user reruns the same command, which resends it under its key.
    if (reconciled.code === 7) {
      expect(JSON.parse(reconciled.stdout)[0].status).toBe('pending');
      expect((await runBin(['topup', '--line', line, '--amount', '50', '--yes'], { home: home.home, env: ENV })).code).toBe(0);
    } else {
      expect(reconciled.code).toBe(0);
      expect(['succeeded', 'failed']).toContain(JSON.parse(reconciled.stdout)[0].status);
    }

    const next = await runBin(['topup', '--line', line, '--amount', '20', '--yes'], { home: home.home, env: ENV });
    expect(next.code).toBe(0);
    expect(succeededKeys()).toEqual(chargedKeys());
    expect(new Set(chargedKeys()).size).toBe(chargedKeys().length);
  });
});
