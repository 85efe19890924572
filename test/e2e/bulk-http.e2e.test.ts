// A reseller's bulk renewal, for real: 200+ lines at risk behind `sandbox serve` with faults (500s, 429s, answers
// lost after the charge), the built binary SIGKILLed part-way through, then the same command run again until it
// says everything is done. Every line is charged exactly once, and the journal's succeeded orders are exactly
// the server's charges.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../src/providers/sandbox/server/faults.js';
import { startSandboxServer, type SandboxServer } from '../../src/providers/sandbox/server/server.js';
import { Journal } from '../../src/store/journal.js';
import { BIN, runBin, runCli, tempHome, testEnv } from '../helpers/cli.js';
import { ageLocks } from '../helpers/locks.js';

// No keyring on a test machine; retries follow at once instead of after real back-off.
const ENV = { LEB_NO_KEYRING: '1', LEB_TEST_INSTANT_WAITS: '1' };
const FAULTY = { ...NO_FAULTS, error500: 0.1, rateLimit: 0.05, resetAfterCommit: 0.05 };
const RENEW = ['renew', '--at-risk', '--plan', 'monthly', '--yes', '--json', '--concurrency', '8'];

describe('bulk renewal of 200+ lines over HTTP with faults, killed and run again', { timeout: 120_000 }, () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  let atRisk: string[];
  const codes: number[] = [];
  let last: { results: { line: string; error: string | null }[]; skipped: { line: string; reason: string }[] };

  beforeAll(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 5, lines: 230 });
    const at = { home: home.home, env: ENV };
    const added = await runCli(['account', 'add', 'fleet', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { ...at, stdin: server.password });
    expect(added.code, added.stderr).toBe(0);
    // A reseller who renews three months ahead: every line inside 90 days is at risk.
    expect((await runCli(['config', 'set', 'warn-days', '90'], at)).code).toBe(0);
    const status = JSON.parse((await runCli(['status', '--json'], at)).stdout) as { line: string; state: string; daysLeft: number }[];
    atRisk = status.filter((l) => l.state !== 'recycled' && l.daysLeft <= 90).map((l) => l.line);

    server.setFaults({ ...FAULTY, latencyMs: 20 });
    const journal = join(home.home, 'orders.jsonl');
    const child = spawn(process.execPath, [BIN, ...RENEW], { env: testEnv(home.home, ENV), stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('close', resolve));
    // A limit, not a wait (polled every 5 ms): kill once 40 payments are journaled.
    const deadline = Date.now() + 60_000;
    const intents = () => (existsSync(journal) ? (readFileSync(journal, 'utf8').match(/"type":"intent"/g) ?? []).length : 0);
    while (intents() < 40) {
      if (Date.now() > deadline) throw new Error('the bulk run never journaled 40 payments');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exited;
    await server.idle();
    server.setFaults(FAULTY);
    // The killed run's line locks are dated back instead of waiting out their staleness.
    ageLocks(home.home);

    for (let attempt = 0; attempt < 8; attempt++) {
      const rerun = await runBin(RENEW, { home: home.home, env: ENV, timeoutMs: 60_000 });
      codes.push(rerun.code ?? -1);
      last = JSON.parse(rerun.stdout);
      if (rerun.code === 0) break;
    }
    server.setFaults(NO_FAULTS);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    home.cleanup();
  });

  it('selects 200+ lines at risk', () => {
    expect(atRisk.length).toBeGreaterThanOrEqual(200);
  });

  it('ends with every line done: partial runs exit 12, the last one 0', () => {
    expect(codes.at(-1)).toBe(0);
    for (const code of codes.slice(0, -1)) expect([12, 5, 7]).toContain(code);
    expect(last.results.every((r) => r.error === null)).toBe(true);
  });

  it('charges each line exactly once, and the journal agrees with the server', () => {
    const charges = server.charges().filter((c) => c.kind === 'renew');
    const perLine = new Map<string, number>();
    for (const c of charges) perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
    expect([...perLine.keys()].sort()).toEqual([...atRisk].sort());
    expect([...perLine.values()].every((n) => n === 1)).toBe(true);
    const succeeded = new Journal(join(home.home, 'orders.jsonl')).orders().filter((o) => o.status === 'succeeded').map((o) => o.idempotencyKey).sort();
    expect(succeeded).toEqual(charges.map((c) => c.idempotencyKey).sort());
  });

  it('a further run finds nothing to pay: the batch paid every line', async () => {
    const again = await runBin(RENEW, { home: home.home, env: ENV, timeoutMs: 60_000 });
    expect(again.code).toBe(0);
    const out = JSON.parse(again.stdout) as { plan: unknown[]; skipped: { reason: string }[] };
    expect(out.plan).toEqual([]);
    expect(server.charges().filter((c) => c.kind === 'renew')).toHaveLength(atRisk.length);
  });
});
