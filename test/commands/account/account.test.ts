import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { DEFAULT, scriptedPrompter } from '../../helpers/prompter.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('leb account', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Parameters<typeof runCli>[1] extends infer O ? Partial<O> : never = {}) => runCli(argv, { home: home.home, now: NOW, ...extra });

  it('add → list → status: the first account becomes the default and gets its own seeded lines', async () => {
    const added = await run(['account', 'add', 'hk-main', '--provider', 'sandbox']);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Added account hk-main (4 lines)');
    expect(added.stderr).toContain('default');
    const list = JSON.parse((await run(['account', 'list', '--json'])).stdout);
    expect(list).toEqual([{ name: 'hk-main', provider: 'sandbox', endpoint: null, login: null, credentials: 'none', default: true, balance: null }]);
    const status = JSON.parse((await run(['status', '--json'])).stdout);
    expect(status).toHaveLength(4);
    expect(status.every((l: { account: string }) => l.account === 'hk-main')).toBe(true);
    // Its lines are not the embedded sandbox's.
    const embedded = JSON.parse((await run(['--sandbox', 'status', '--json'])).stdout);
    expect(embedded.map((l: { line: string }) => l.line)).not.toEqual(status.map((l: { line: string }) => l.line));
  });

  it('status shows every account; --account narrows to one; use changes the default', async () => {
    await run(['account', 'add', 'a', '--provider', 'sandbox']);
    await run(['account', 'add', 'b', '--provider', 'sandbox']);
    const all = JSON.parse((await run(['status', '--json'])).stdout);
    expect(new Set(all.map((l: { account: string }) => l.account))).toEqual(new Set(['a', 'b']));
    const onlyB = JSON.parse((await run(['status', '--json', '--account', 'b'])).stdout);
    expect(new Set(onlyB.map((l: { account: string }) => l.account))).toEqual(new Set(['b']));
    const viaEnv = JSON.parse((await run(['status', '--json'], { env: { LEB_ACCOUNT: 'a' } })).stdout);
    expect(new Set(viaEnv.map((l: { account: string }) => l.account))).toEqual(new Set(['a']));
    expect((await run(['account', 'use', 'b'])).code).toBe(0);
    const list = JSON.parse((await run(['account', 'list', '--json'])).stdout);
    expect(list.find((a: { default: boolean }) => a.default).name).toBe('b');
  });

  it.each([['bad name!'], ['-x'], ['sandbox'], ['a'.repeat(33)]])('name %j is refused with exit 2 and nothing written', async (name) => {
    const result = await run(['account', 'add', name, '--provider', 'sandbox']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(name.slice(0, 10));
    expect(existsSync(join(home.home, 'config.json'))).toBe(false);
  });

  it('a duplicate name is exit 2 and leaves the first untouched', async () => {
    await run(['account', 'add', 'a', '--provider', 'sandbox']);
    const before = readFileSync(join(home.home, 'config.json'), 'utf8');
    const result = await run(['account', 'add', 'a', '--provider', 'sandbox']);
    expect(result.code).toBe(2);
    expect(readFileSync(join(home.home, 'config.json'), 'utf8')).toBe(before);
  });

  it('without --provider and without a terminal: exit 2 naming --provider; on a terminal it asks', async () => {
    expect((await run(['account', 'add', 'a'])).stderr).toContain('--provider');
    const prompter = scriptedPrompter([DEFAULT]);
    const asked = await run(['account', 'add', 'a'], { tty: true, prompter });
    expect(asked.code).toBe(0);
    expect(prompter.calls[0]).toMatchObject({ kind: 'select', defaultValue: 'sandbox' });
  });

  it('remove asks on a terminal (default No), needs --yes in a script, and deletes the account\'s sandbox state', async () => {
    await run(['account', 'add', 'a', '--provider', 'sandbox']);
    const declined = await run(['account', 'remove', 'a'], { tty: true, prompter: scriptedPrompter([DEFAULT]) });
    expect(declined.code).toBe(3);
    const scripted = await run(['account', 'remove', 'a']);
    expect(scripted.code).toBe(2);
    expect(scripted.stderr).toContain('--yes');
    const removed = await run(['account', 'remove', 'a', '--yes']);
    expect(removed.code).toBe(0);
    expect(existsSync(join(home.home, 'sandbox', 'account-a.json'))).toBe(false);
    expect(JSON.parse((await run(['account', 'list', '--json'])).stdout)).toEqual([]);
    expect((await run(['status'])).code).toBe(4);
  });

  it('use and remove of an unknown account are exit 2', async () => {
    expect((await run(['account', 'use', 'ghost'])).code).toBe(2);
    expect((await run(['account', 'remove', 'ghost', '--yes'])).code).toBe(2);
  });
});
