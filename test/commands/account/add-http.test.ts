// `leb account add --provider http` and friends, in process against a real `leb sandbox serve` on
// 127.0.0.1:0: the password is exchanged and never stored, tokens land in the 0600 file (no keyring here),
// refreshes are persisted, remove forgets them, and bad endpoints are refused before anything is sent.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { runCli, tempHome } from '../../helpers/cli.js';
import { scriptedPrompter } from '../../helpers/prompter.js';

describe('leb account add --provider http', () => {
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

  // LEB_NO_KEYRING keeps a developer's real keyring out of tests on machines that have one.
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) =>
    runCli(argv, { home: home.home, ...extra, env: { LEB_NO_KEYRING: '1', ...extra.env } });
  const add = (name = 'local', stdin = server.password) =>
    run(['account', 'add', name, '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { stdin });
  const credentialsFile = () => join(home.home, 'credentials.json');

  it('exchanges the password for tokens, stores only the tokens (0600 file, with a warning) and uses them', async () => {
    const added = await add();
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Added account local (4 lines)');
    expect(added.stderr).toContain(`tokens are stored in ${credentialsFile()}`);

    const file = readFileSync(credentialsFile(), 'utf8');
    expect(file).not.toContain(server.password);
    expect(JSON.parse(file).accounts.local).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    expect(statSync(credentialsFile()).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(home.home, 'config.json'), 'utf8')).not.toContain(server.password);

    const list = JSON.parse((await run(['account', 'list', '--json'])).stdout);
    expect(list).toEqual([{ name: 'local', provider: 'http', endpoint: server.url, login: 'demo', credentials: 'file', default: true, balance: null }]);
    const status = await run(['status', '--json']);
    expect(status.code).toBe(0);
    const lines = JSON.parse(status.stdout) as Array<{ provider: string; account: string }>;
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.provider === 'http' && l.account === 'local')).toBe(true);
  });

  it('a wrong password is exit 4 and leaves nothing behind', async () => {
    const result = await add('local', 'not-the-password');
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('local: authentication failed');
    expect(result.stderr).not.toContain('not-the-password');
    expect(existsSync(credentialsFile())).toBe(false);
    expect(JSON.parse((await run(['account', 'list', '--json'])).stdout)).toEqual([]);
  });

  it.each([
    ['http://carrier.example.com', 'plain http://'],
    ['ftp://127.0.0.1/x', 'is not an http(s) URL'],
    ['not a url', 'is not an http(s) URL'],
    ['https://me:hunter2@carrier.example.com', 'must not contain a user name or password'],
  ])('refuses --endpoint %s with one line and exit 2, before sending anything', async (endpoint, message) => {
    const result = await run(['account', 'add', 'x', '--provider', 'http', '--endpoint', endpoint, '--login', 'me', '--password-stdin'], { stdin: 'pw' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('hunter2');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('allows plain http:// for this machine only', async () => {
    const loopback = server.url.replace('127.0.0.1', 'localhost');
    const result = await run(['account', 'add', 'lo', '--provider', 'http', '--endpoint', loopback, '--login', 'demo', '--password-stdin'], { stdin: server.password });
    expect(result.code).toBe(0);
  });

  it('without a terminal, a missing password or login is a usage error naming the flag', async () => {
    const noSecret = await run(['account', 'add', 'x', '--provider', 'http', '--endpoint', server.url, '--login', 'demo']);
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('--password-stdin');
    const noLogin = await run(['account', 'add', 'x', '--provider', 'http', '--endpoint', server.url, '--password-stdin'], { stdin: 'pw' });
    expect(noLogin.code).toBe(2);
    expect(noLogin.stderr).toContain('--login');
    const empty = await run(['account', 'add', 'x', '--provider', 'http', '--endpoint', server.url, '--login', 'demo', '--password-stdin'], { stdin: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('nothing on stdin');
  });

  it('on a terminal asks for what is missing, the password without echo', async () => {
    const prompter = scriptedPrompter([server.url, 'demo', server.password]);
    const result = await run(['account', 'add', 'asked', '--provider', 'http'], { tty: true, prompter });
    expect(result.code).toBe(0);
    expect(prompter.calls.map((c) => c.kind)).toEqual(['input', 'input', 'password']);
    expect(result.stdout + result.stderr).not.toContain(server.password);
  });

  it('--token-stdin stores a given access token as is', async () => {
    const login = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: server.login, password: server.password }),
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const added = await run(['account', 'add', 'tok', '--provider', 'http', '--endpoint', server.url, '--token-stdin'], { stdin: `${token}\n` });
    expect(added.code).toBe(0);
    expect(JSON.parse(readFileSync(credentialsFile(), 'utf8')).accounts.tok).toEqual({ accessToken: token, refreshToken: null, expiresAt: null });
    expect((await run(['status', '--json'])).code).toBe(0);
  });

  it('refreshes an expired token and keeps the new pair', async () => {
    await add();
    const before = JSON.parse(readFileSync(credentialsFile(), 'utf8')).accounts.local;
    server.expireTokens();
    const status = await run(['status', '--json']);
    expect(status.code).toBe(0);
    const after = JSON.parse(readFileSync(credentialsFile(), 'utf8')).accounts.local;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(statSync(credentialsFile()).mode & 0o777).toBe(0o600);
  });

  it('tokens kept in a keyring that cannot be reached now: exit 4 saying so, not a crash', async () => {
    await add();
    const configFile = join(home.home, 'config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    config.accounts.local.credentials = 'keyring';
    writeFileSync(configFile, JSON.stringify(config), { mode: 0o600 });
    const status = await run(['status', '--json']);
    expect(status.code).toBe(4);
    expect(status.stderr).toContain('OS keyring');
    // It sets the exit code, so it is said as an error, with what to do next.
    expect(status.stderr).toMatch(/^error: local: /m);
    expect(status.stderr).not.toContain('warning: local');
  });

  it('remove forgets the stored tokens', async () => {
    await add('one');
    await add('two');
    const removed = await run(['account', 'remove', 'one', '--yes']);
    expect(removed.code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(credentialsFile(), 'utf8')).accounts)).toEqual(['two']);
  });

  it('an endpoint nobody answers is exit 5', async () => {
    await add();
    await server.close();
    const status = await run(['status', '--json', '--timeout', '2']);
    expect(status.code).toBe(5);
    expect(status.stderr).toContain('local');
  });

  it('status --concurrency fetches through a smaller pool and gives the same answer', async () => {
    await add();
    const narrow = await run(['status', '--json', '--concurrency', '1']);
    const wide = await run(['status', '--json']);
    const lines = (text: string) => (JSON.parse(text) as Array<{ line: string }>).map((l) => l.line);
    expect(lines(narrow.stdout)).toEqual(lines(wide.stdout));
  });
});
