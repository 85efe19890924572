// `leb account login <name>`: when the tokens stop working, log in again in place. The account keeps its
// labels, notes and endpoint; the error that sends the person here names this command.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { runCli, tempHome } from '../../helpers/cli.js';

describe('leb account login', () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  beforeEach(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 5 });
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) =>
    runCli(argv, { home: home.home, ...extra, env: { LEB_NO_KEYRING: '1', ...extra.env } });

  /** An http account whose stored tokens the provider no longer accepts, with a label on one line. */
  async function brokenAccount(): Promise<string> {
    await run(['account', 'add', 'hk', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { stdin: server.password });
    const line = (JSON.parse((await run(['status', '--json'])).stdout) as { line: string }[])[0]!.line;
    await run(['line', 'label', line, 'Mum']);
    const file = join(home.home, 'credentials.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    stored.accounts.hk = { ...stored.accounts.hk, accessToken: 'revoked', refreshToken: 'revoked' };
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
    return line;
  }

  it('a rejected login points at "leb account login <name>", which logs in again and keeps the labels', async () => {
    const line = await brokenAccount();
    const failing = await run(['status']);
    expect(failing.code).toBe(4);
    expect(failing.stderr).toContain(`Log in to hk again (http at ${server.url}; labels, notes and history stay): leb account login hk`);

    const login = await run(['account', 'login', 'hk', '--password-stdin', '--json'], { stdin: server.password });
    expect(login.code).toBe(0);
    expect(JSON.parse(login.stdout)).toMatchObject({ name: 'hk', provider: 'http', endpoint: server.url, lines: 4, credentials: 'file' });

    const status = JSON.parse((await run(['status', '--json'])).stdout) as { line: string; label?: string }[];
    expect(status).toHaveLength(4);
    const list = await run(['status']);
    expect(list.stdout).toContain('Mum');
    expect(status.some((l) => l.line === line)).toBe(true);
    expect(readFileSync(join(home.home, 'credentials.json'), 'utf8')).not.toContain('revoked');
  });

  it('a wrong password at account add points at nothing to log in to again: nothing was saved', async () => {
    const added = await run(['account', 'add', 'hk', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { stdin: 'wrong' });
    expect(added.code).toBe(4);
    expect(added.stderr).toContain('Nothing was saved; check the credentials you gave and run the command again.');
    expect(added.stderr).not.toContain('account login');
  });

  it('client-credential flags on an http account are refused, naming what it takes (exit 2)', async () => {
    await brokenAccount();
    const login = await run(['account', 'login', 'hk', '--secret-stdin'], { stdin: 'x' });
    expect(login.code).toBe(2);
    expect(login.stderr).toContain('hk (provider http) logs in with --login <id> --password-stdin | --token-stdin');
  });

  it('a wrong password changes nothing: the old tokens stay, exit 4', async () => {
    await brokenAccount();
    const login = await run(['account', 'login', 'hk', '--password-stdin'], { stdin: 'wrong' });
    expect(login.code).toBe(4);
    expect(readFileSync(join(home.home, 'credentials.json'), 'utf8')).toContain('revoked');
  });

  it('an unknown account is a usage error; a sandbox account needs no login', async () => {
    expect((await run(['account', 'login', 'nope'])).code).toBe(2);
    await run(['account', 'add', 'demo', '--provider', 'sandbox']);
    const sandbox = await run(['account', 'login', 'demo']);
    expect(sandbox.code).toBe(0);
    expect(sandbox.stderr).toContain('there is nothing to log in to');
  });
});
