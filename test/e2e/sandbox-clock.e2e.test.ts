// `leb sandbox clock` with the built binary: --sandbox runs count days from the sandbox's today, the carrier
// renews an auto-renewing line and lets a lapsed one go through grace to recycling as time passes, and a
// running `leb sandbox serve` on the same LEB_HOME follows a later `leb sandbox clock --advance`.

import { afterAll, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';
import { serveBinary } from '../helpers/serve.js';

const serve = (home: string) => serveBinary(home, ['--seed', '5']);

interface Line {
  alias: string | null;
  line: string;
  state: string;
  daysLeft: number;
  expiresAt: string;
}

describe('the sandbox clock end to end (built binary)', () => {
  const home = tempHome();
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  afterAll(() => {
    served?.child.kill('SIGKILL');
    home.cleanup();
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
      const api = async (path: string, token?: string) => {
        const response = await fetch(`${url}${path}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
        return (await response.json()) as Record<string, unknown>;
      };
      const tokens = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
      const token = String(((await tokens.json()) as { access_token: string }).access_token);
      const lines = (await api('/v1/lines', token)).lines as Array<{ id: string; alias: string | null }>;
      const grace = lines.find((l) => l.alias === 'Old Shenzhen SIM')!;
      expect(await api(`/v1/lines/${grace.id}`, token)).toMatchObject({ flag: null });

      expect((await leb(['sandbox', 'clock', '--advance', '40'], serverHome.home)).code).toBe(0);
      // The server's carrier has moved on 40 days: past its 30 days of grace, the number is recycled. Its tokens
      // still run on the real clock, so the same one is still good.
      expect(await api(`/v1/lines/${grace.id}`, token)).toMatchObject({ flag: 'recycled' });
      expect(await api('/_sandbox/clock')).toMatchObject({ offsetDays: 40 });
    } finally {
      // serve saves its start-up code cache under its LEB_HOME as it exits: remove the home once it has.
      const child = served?.child;
      if (child && child.exitCode === null && child.signalCode === null) {
        const closed = new Promise((resolve) => child.once('close', resolve));
        child.kill('SIGTERM');
        await closed;
      }
      serverHome.cleanup();
    }
  });
});
