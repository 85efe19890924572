// End to end with the built binary: `leb sandbox serve --port 0 --json` in one process, leb in others. The
// password must appear in no file under LEB_HOME and in no output (--debug included); every file leb wrote is
// 0600 and every directory 0700; the server stops cleanly (exit 0) on SIGTERM.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempHome, type CliResult } from '../helpers/cli.js';
import { serveBinary as serve, type Served } from '../helpers/serve.js';


function walk(dir: string): Array<{ path: string; isDir: boolean }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? [{ path, isDir: true }, ...walk(path)] : [{ path, isDir: false }];
  });
}

describe('http provider end to end (built binary)', () => {
  const serverHome = tempHome();
  const home = tempHome();
  let served: Served;
  const outputs: CliResult[] = [];
  const leb = async (argv: string[], stdin?: string) => {
    const result = await runBin(argv, { home: home.home, env: { LEB_NO_KEYRING: '1' }, ...(stdin === undefined ? {} : { stdin }) });
    outputs.push(result);
    return result;
  };

  beforeAll(async () => {
    served = await serve(serverHome.home, ['--seed', '3']);
  });
  afterAll(async () => {
    if (served.child.exitCode === null) served.child.kill('SIGKILL');
    serverHome.cleanup();
    home.cleanup();
  });

  it('adds an http account with --password-stdin and reads status over HTTP', async () => {
    const { url, login, password } = served.hello;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const added = await leb(['account', 'add', 'local', '--provider', 'http', '--endpoint', url, '--login', login, '--password-stdin'], `${password}\n`);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Added account local (4 lines)');

    const status = await leb(['status', '--json']);
    expect(status.code).toBe(0);
    const lines = JSON.parse(status.stdout) as Array<{ provider: string; state: string; balance: { amount: string; currency: string } }>;
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.provider === 'http' && l.balance.currency === 'HKD')).toBe(true);
    expect(lines[0]?.state).toBe('grace');

    const debug = await leb(['--debug', 'status', '--json']);
    expect(debug.code).toBe(0);
    expect(debug.stderr).toContain('http: GET /v1/lines');
    expect((await leb(['--debug', 'account', 'list'])).code).toBe(0);
    expect((await leb(['status'])).code).toBe(0);
  });

  it('the password is in no file and no output; files are 0600, directories 0700', () => {
    const { password } = served.hello;
    for (const output of outputs) {
      expect(output.stdout).not.toContain(password);
      expect(output.stderr).not.toContain(password);
    }
    const entries = walk(home.home);
    expect(entries.some((e) => e.path.endsWith('credentials.json'))).toBe(true);
    expect(statSync(home.home).mode & 0o777).toBe(0o700);
    for (const entry of entries) {
      expect(statSync(entry.path).mode & 0o777, entry.path).toBe(entry.isDir ? 0o700 : 0o600);
      if (!entry.isDir) expect(readFileSync(entry.path, 'utf8'), entry.path).not.toContain(password);
    }
  });

  it('tokens never reach the output either, --debug included', () => {
    const tokens = JSON.parse(readFileSync(join(home.home, 'credentials.json'), 'utf8')).accounts.local as { accessToken: string; refreshToken: string };
    for (const output of outputs) {
      expect(output.stdout + output.stderr).not.toContain(tokens.accessToken);
      expect(output.stdout + output.stderr).not.toContain(tokens.refreshToken);
    }
  });

  it('sandbox serve stops cleanly on SIGTERM', async () => {
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.stderr()).toContain('Stopped.');
  });
});
