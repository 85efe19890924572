// The built binary, spawned with a temporary LEB_HOME: help, version, bad input and broken state.

import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempHome } from '../helpers/cli.js';

describe('leb binary', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const result = await runBin(['--version'], { home: home.home });
    expect(result).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--help lists every command; each command\'s --help has examples', async () => {
    const result = await runBin(['--help'], { home: home.home });
    expect(result.code).toBe(0);
    for (const command of ['status', 'plans', 'topup', 'renew', 'history', 'reconcile', 'account', 'sandbox']) expect(result.stdout).toContain(command);
    const topup = await runBin(['topup', '--help'], { home: home.home });
    expect(topup.stdout).toContain('Examples:');
    expect(topup.stdout).toContain('--amount');
  });

  it('--lang zh-CN shows help and errors in Chinese', async () => {
    const help = await runBin(['--lang', 'zh-CN', '--help'], { home: home.home });
    expect(help.stdout).toContain('保号');
    const none = await runBin(['--lang', 'zh-CN', 'status'], { home: home.home });
    expect(none.code).toBe(4);
    expect(none.stderr).toContain('还没有账户');
  });

  it.each([
    [['frobnicate'], 'frobnicate'],
    [['status', '--frob'], '--frob'],
    [['topup', '--amount'], '--amount'],
    [['account', 'use'], 'name'],
    [['--lang', 'fr', 'status'], 'fr'],
  ])('%j: one clear line naming the problem, exit 2, no stack', async (argv, named) => {
    const result = await runBin(argv, { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(readdirSync(home.home)).toEqual([]);
  });

  it('an unknown account is exit 2 and says how to list accounts', async () => {
    const result = await runBin(['status', '--account', 'nope'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('leb account list');
  });

  it.each([
    ['not JSON', '{"accounts": '],
    ['the wrong shape', '{"accounts": {"x": {"provider": "martian"}}}'],
  ])('a config file that is %s: exit 9 naming the file, file untouched', async (_what, content) => {
    const file = join(home.home, 'config.json');
    writeFileSync(file, content, { mode: 0o600 });
    for (const argv of [['status'], ['account', 'add', 'x', '--provider', 'sandbox'], ['account', 'use', 'x']]) {
      const result = await runBin(argv, { home: home.home });
      expect(result.code).toBe(9);
      expect(result.stderr).toContain(file);
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
  });

  it('an unreadable config file: exit 9 naming it', async () => {
    if (process.getuid?.() === 0) {
      // root reads anything; use a directory where the file should be instead.
      mkdirSync(join(home.home, 'config.json'));
    } else {
      writeFileSync(join(home.home, 'config.json'), '{}');
      chmodSync(join(home.home, 'config.json'), 0o000);
    }
    const result = await runBin(['status'], { home: home.home });
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('config.json');
  });

  it('a corrupt sandbox state file: exit 9 naming it and how to start over, file untouched', async () => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true });
    const file = join(home.home, 'sandbox', 'embedded.json');
    writeFileSync(file, '{"version": 1, "lines": "oops"}');
    const result = await runBin(['--sandbox', 'status'], { home: home.home });
    expect(result.code).toBe(9);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('leb sandbox reset');
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "lines": "oops"}');
  });

  it('--debug shows a stack for an internal error only then', async () => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true });
    writeFileSync(join(home.home, 'sandbox', 'embedded.json'), 'nope');
    const plain = await runBin(['--sandbox', 'status'], { home: home.home });
    const debug = await runBin(['--sandbox', 'status', '--debug'], { home: home.home });
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('every file leb writes is 0600 and every directory 0700', async () => {
    await runBin(['account', 'add', 'demo', '--provider', 'sandbox'], { home: home.home });
    await runBin(['--sandbox', 'topup', '--amount', '50', '--yes', '--line', JSON.parse((await runBin(['--sandbox', 'status', '--json'], { home: home.home })).stdout)[0].line], { home: home.home });
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [join(dir, e.name), ...walk(join(dir, e.name))] : [join(dir, e.name)]));
    const paths = walk(home.home);
    expect(paths.length).toBeGreaterThan(3);
    expect(statSync(home.home).mode & 0o777).toBe(0o700);
    for (const path of paths) {
      const stat = statSync(path);
      expect({ path, mode: (stat.mode & 0o777).toString(8) }).toEqual({ path, mode: stat.isDirectory() ? '700' : '600' });
    }
  });
});
