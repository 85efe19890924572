// Account names and keys read from JSON against Object.prototype's members (issue 10), concurrent adds of one
// name, and removal with a corrupt credentials file.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { runCli, tempHome } from '../../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('account names that are prototype members', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[]) => runCli(argv, { home: home.home, now: NOW });
  const config = () => JSON.parse(readFileSync(join(home.home, 'config.json'), 'utf8'));

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('use and remove of %s are unknown accounts (exit 2); the real default stays', async (name) => {
    expect((await run(['account', 'add', 'real', '--provider', 'sandbox'])).code).toBe(0);
    const used = await run(['account', 'use', name]);
    expect(used.code).toBe(2);
    expect(used.stderr).toContain(`no account named "${name}"`);
    const removed = await run(['account', 'remove', name, '--yes']);
    expect(removed.code).toBe(2);
    expect(config()).toMatchObject({ defaultAccount: 'real' });
    expect(Object.keys(config().accounts)).toEqual(['real']);
  });

  it('an account may be called constructor or toString', async () => {
    expect((await run(['account', 'add', 'constructor', '--provider', 'sandbox'])).code).toBe(0);
    expect((await run(['account', 'add', 'toString', '--provider', 'sandbox'])).code).toBe(0);
    expect((await run(['account', 'use', 'toString'])).code).toBe(0);
    expect(JSON.parse((await run(['account', 'list', '--json'])).stdout).map((a: { name: string }) => a.name).sort()).toEqual(['constructor', 'toString']);
  });

  it('a config.json whose accounts or lines hold "__proto__" keys gives plain entries, no prototype change', async () => {
    writeFileSync(
      join(home.home, 'config.json'),
      '{"accounts":{"__proto__":{"provider":"sandbox","createdAt":"2026-11-01T00:00:00Z"}},"lines":{"__proto__":{"label":"x"}}}',
      { mode: 0o600 },
    );
    const list = await run(['account', 'list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((a: { name: string }) => a.name)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).provider).toBeUndefined();
  });
});

describe('account add of one name by several processes at once', () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  beforeEach(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 4 });
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });
  const run = (argv: string[], stdin?: string) => runCli(argv, { home: home.home, env: { LEB_NO_KEYRING: '1' }, ...(stdin === undefined ? {} : { stdin }) });

  it('exactly one wins and its tokens survive the losers', async () => {
    const adds = await Promise.all(
      [1, 2, 3, 4].map(() => run(['account', 'add', 'same', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], server.password)),
    );
    expect(adds.map((a) => a.code).sort()).toEqual([0, 2, 2, 2]);
    const credentials = JSON.parse(readFileSync(join(home.home, 'credentials.json'), 'utf8'));
    expect(Object.keys(credentials.accounts)).toEqual(['same']);
    // The stored tokens work: status reads the lines without logging in again.
    expect((await run(['status', '--json'])).code).toBe(0);
  });

  it('remove with a corrupt credentials file refuses (exit 9) and keeps the account', async () => {
    expect((await run(['account', 'add', 'acct', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], server.password)).code).toBe(0);
    writeFileSync(join(home.home, 'credentials.json'), '{"version":1,"accounts":', { mode: 0o600 });
    const removed = await run(['account', 'remove', 'acct', '--yes']);
    expect(removed.code).toBe(9);
    expect(removed.stderr).toContain('credentials.json');
    expect(removed.stderr).not.toContain('Removed');
    expect(JSON.parse((await run(['account', 'list', '--json'])).stdout).map((a: { name: string }) => a.name)).toEqual(['acct']);
  });
});
