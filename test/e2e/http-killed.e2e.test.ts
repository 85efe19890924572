// The CLI killed mid-payment, for real: the built binary tops up against a slow `sandbox serve`, is SIGKILLed
// as soon as its intent is in the journal (before or while the request is on the wire), and then the user
// reruns or reconciles. Whatever the server did with the cut request, it is charged at most once per key and
// its charges end up equal to the client's succeeded orders.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../src/providers/sandbox/server/faults.js';
import { startSandboxServer, type SandboxServer } from '../../src/providers/sandbox/server/server.js';
import { Journal } from '../../src/store/journal.js';
import { BIN, runBin, runCli, tempHome, testEnv } from '../helpers/cli.js';
import { ageLocks } from '../helpers/locks.js';

const ENV = { LEB_NO_KEYRING: '1' };

/**
 * Start the payment against a slow server, SIGKILL the CLI as soon as its intent is in the journal (the request
 * is then about to go or on the wire), and wait for whatever the server received to land.
 */
async function killOnceJournaled(home: string, server: SandboxServer, argv: string[]): Promise<void> {
  const journal = join(home, 'orders.jsonl');
  server.setFaults({ ...NO_FAULTS, latencyMs: 400 });
  const child = spawn(process.execPath, [BIN, ...argv], { env: testEnv(home, ENV), stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('close', resolve));
  // A limit, not a wait (the loop polls every 5 ms): a loaded machine can take seconds to start the binary.
  const deadline = Date.now() + 30_000;
  while (!(existsSync(journal) && readFileSync(journal, 'utf8').includes('"intent"'))) {
    if (Date.now() > deadline) throw new Error('the intent never reached the journal');
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  await exited;
  server.setFaults(NO_FAULTS);
  await server.idle();
}

// After the kill, the dead process's line lock is dated back (ageLocks) instead of waiting the 5 s it takes to go
// stale: the rerun still has to find it stale and take it over.
// Up to five leb processes one after another: room for a loaded machine (a limit, not a wait).
describe('the CLI killed between journal and answer', { timeout: 60_000 }, () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  let line: string;
  beforeEach(async () => {
    home = tempHome();
    // Slow (400 ms an answer) only while the payment that is killed is under way.
    server = await startSandboxServer({ seed: 11 });
    // Setting up runs in this process (what is under test is the killed binary and what follows it).
    const added = await runCli(['account', 'add', 'slow', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { home: home.home, env: ENV, stdin: server.password });
    expect(added.code, added.stderr).toBe(0);
    line = JSON.parse((await runCli(['status', '--json'], { home: home.home, env: ENV })).stdout)[1].line;
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });

  const succeededKeys = () => new Journal(join(home.home, 'orders.jsonl')).orders().filter((o) => o.status === 'succeeded').map((o) => o.idempotencyKey).sort();
  const chargedKeys = () => server.charges().map((c) => c.idempotencyKey).sort();

  it('a rerun of the same command pays once, under the first attempt\'s key', async () => {
    await killOnceJournaled(home.home, server, ['topup', '--line', line, '--amount', '50', '--yes']);
    expect(ageLocks(home.home)).toBeGreaterThan(0);
    const [orphan] = new Journal(join(home.home, 'orders.jsonl')).orders();
    expect(orphan?.status).toBe('pending');

    const rerun = await runBin(['topup', '--line', line, '--amount', '50', '--yes', '--json'], { home: home.home, env: ENV });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).order.idempotencyKey).toBe(orphan?.idempotencyKey);
    expect(chargedKeys()).toEqual([orphan?.idempotencyKey]);
    expect(succeededKeys()).toEqual(chargedKeys());
  });

  it('reconcile, then a different payment: charges equal succeeded orders, no key twice', async () => {
    await killOnceJournaled(home.home, server, ['topup', '--line', line, '--amount', '50', '--yes']);
    expect(ageLocks(home.home)).toBeGreaterThan(0);
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
