// `leb sandbox clock` with the built binary: --sandbox runs count days from the sandbox's today, the carrier
// renews an auto-renewing line and lets a lapsed one go through grace to recycling as time passes, and a
// running `leb sandbox serve` on the same LEB_HOME follows a later `leb sandbox clock --advance`.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runBin, tempHome, testEnv } from '../helpers/cli.js';

interface Line {
  alias: string | null;
  line: string;
  state: string;
  daysLeft: number;
  expiresAt: string;
}

function serve(home: string): Promise<{ child: ChildProcessWithoutNullStreams; hello: { url: string; login: string; password: string } }> {
  const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--port', '0', '--json', '--seed', '5'], { env: testEnv(home), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox serve did not start: ${stderr}`)), 10_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      resolve({ child, hello: JSON.parse(stdout.slice(0, newline)) });
    });
    child.on('error', reject);
  });
}

describe('the sandbox clock end to end (built binary)', () => {
  const home = tempHome();
  const clientHome = tempHome();
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  afterAll(() => {
    served?.child.kill('SIGKILL');
    home.cleanup();
    clientHome.cleanup();
  });
  const leb = (argv: string[], where = home.home) => runBin(argv, { home: where, env: { LEB_NO_KEYRING: '1' } });
  const lines = async (argv = ['--sandbox', 'status', '--json'], where = home.home): Promise<Record<string, Line>> => {
    const result = await leb(argv, where);
    expect(result.code, result.stderr).toBe(0);
    return Object.fromEntries((JSON.parse(result.stdout) as Line[]).map((l) => [String(l.alias), l]));
  };

  it('days left, grace, recycling and auto-renewal follow `sandbox clock --advance`', async () => {
    const before = await lines();
    expect(before['Personal']!.daysLeft).toBe(63);

    const moved = await leb(['sandbox', 'clock', '--advance', '10', '--json']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ offsetDays: 10 });
    const after = await lines();
    expect(after['Personal']).toMatchObject({ daysLeft: 53, expiresAt: before['Personal']!.expiresAt });
    expect(after['Work backup']).toMatchObject({ state: 'grace', daysLeft: -4 });

    expect((await leb(['sandbox', 'clock', '--advance', '30'])).code).toBe(0);
    expect((await lines())['Work backup']!.state).toBe('recycled');

    // The yearly eSIM on auto-renew had 200 days: 201 days on, the carrier has renewed it for 365 more.
    expect((await leb(['sandbox', 'clock', '--advance', '161'])).code).toBe(0);
    expect((await lines())['Travel eSIM']).toMatchObject({ state: 'active', daysLeft: 364 });
  });

  it('a running sandbox serve follows a later `sandbox clock --advance` on its LEB_HOME', async () => {
    const serverHome = tempHome();
    try {
      served = await serve(serverHome.home);
      const { url, login, password } = served.hello;
      const added = await runBin(['account', 'add', 'local', '--provider', 'http', '--endpoint', url, '--login', login, '--password-stdin'], {
        home: clientHome.home,
        env: { LEB_NO_KEYRING: '1' },
        stdin: `${password}\n`,
      });
      expect(added.code, added.stderr).toBe(0);
      const before = await lines(['status', '--json'], clientHome.home);
      expect(before['Old Shenzhen SIM']!.state).toBe('grace');
      expect(Object.values(before).some((l) => l.state === 'recycled')).toBe(false);

      expect((await leb(['sandbox', 'clock', '--advance', '40'], serverHome.home)).code).toBe(0);
      // The http account's own "today" is the real one; the server's carrier has moved on and recycled both.
      const after = await lines(['status', '--json'], clientHome.home);
      expect(after['Old Shenzhen SIM']!.state).toBe('recycled');
      expect(after['Work backup']!.state).toBe('recycled');
      const clock = (await (await fetch(`${url}/_sandbox/clock`)).json()) as { offsetDays: number };
      expect(clock.offsetDays).toBe(40);
    } finally {
      served?.child.kill('SIGTERM');
      serverHome.cleanup();
    }
  });
});
