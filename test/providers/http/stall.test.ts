// A network that swallows every other request (issue 10): `leb sandbox serve --faults stall=0.5`. Each attempt
// has its own deadline, a tenth of --timeout, and what is safe to retry is retried within the budget, so
// account add, status and top-ups still work. The test runs with --timeout 2: deadlines and back-off are shares
// of the budget, so this is --timeout 10 at a fifth of the wall-clock time (the loopback's own latency weighs
// five times more, so the rates here are a floor). It prints the measured rates. Before per-attempt deadlines
// the first stalled attempt used up the whole budget: a command of five requests succeeded 1 time in 32.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../../../src/providers/sandbox/server/faults.js';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { runCli, tempHome } from '../../helpers/cli.js';

const ENV = { LEB_NO_KEYRING: '1' };
const RUNS = 8;

describe('against stall=0.5', () => {
  const home = tempHome();
  let server: SandboxServer;
  const leb = (argv: string[], stdin?: string) => runCli(['--timeout', '2', ...argv], { home: home.home, env: ENV, ...(stdin === undefined ? {} : { stdin }) });

  beforeAll(async () => {
    server = await startSandboxServer({ seed: 21, faults: { ...NO_FAULTS, stall: 0.5 } });
  });
  afterAll(async () => {
    await server.close();
    home.cleanup();
  });

  it('account add, status and top-ups succeed nearly always, and nothing is charged twice', async () => {
    const added = await leb(['account', 'add', 'flaky', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], server.password);
    expect(added.stderr).toBe(added.code === 0 ? added.stderr : '');
    expect(added.code).toBe(0);

    // The reads and the payments run side by side (each kind one after another): the same requests and rates,
    // in about half the wall-clock time, since most of it is waiting out deadlines.
    const series = async (argv: string[]) => {
      const codes: number[] = [];
      for (let i = 0; i < RUNS; i++) codes.push((await leb(argv)).code);
      return codes;
    };
    const [status, topups] = await Promise.all([series(['status', '--json']), series(['topup', '--line', 'Work backup', '--amount', '20', '--yes'])]);

    const rate = (codes: number[]) => codes.filter((c) => c === 0).length / codes.length;
    console.log(`stall=0.5, --timeout 2 (deadlines and back-off scaled from --timeout 10): status ${Math.round(rate(status) * 100)}% of ${RUNS}, topup ${Math.round(rate(topups) * 100)}% of ${RUNS}; exit codes status ${status.join(',')} topup ${topups.join(',')}`);
    expect(rate(status)).toBeGreaterThanOrEqual(0.6);
    expect(rate(topups)).toBeGreaterThanOrEqual(0.6);
    // A top-up that did not succeed is unreachable (nothing sent) or unknown (exit 7, resent under its key).
    expect(topups.every((c) => [0, 5, 7].includes(c))).toBe(true);
    const keys = server.charges().map((c) => c.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  }, 30_000);
});
