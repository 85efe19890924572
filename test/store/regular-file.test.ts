// Files under LEB_HOME that are not regular files of ours (issue 10): a symlink, FIFO, directory or device in
// a file's place is exit 9 naming it, never followed, read (a FIFO would hang), appended to or replaced.

import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('file types under LEB_HOME', () => {
  let home: { home: string; cleanup: () => void };
  let outside: { home: string; cleanup: () => void };
  beforeEach(() => {
    home = tempHome();
    outside = tempHome();
  });
  afterEach(() => {
    home.cleanup();
    outside.cleanup();
  });
  const run = (argv: string[]) => runCli(argv, { home: home.home, now: NOW });

  it('config.json as a symlink to a file elsewhere: exit 9 naming it, the target untouched', async () => {
    const target = join(outside.home, 'elsewhere.json');
    writeFileSync(target, '{"accounts":{}}');
    symlinkSync(target, join(home.home, 'config.json'));
    const result = await run(['account', 'add', 'a', '--provider', 'sandbox']);
    expect(result.code).toBe(9);
    expect(result.stderr).toContain(`${join(home.home, 'config.json')} is a symbolic link`);
    expect(readFileSync(target, 'utf8')).toBe('{"accounts":{}}');
    expect(lstatSync(join(home.home, 'config.json')).isSymbolicLink()).toBe(true);
  });

  it('the journal as a FIFO: exit 9 at once, no hang', async () => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true, mode: 0o700 });
    execFileSync('mkfifo', ['-m', '600', join(home.home, 'sandbox', 'orders.jsonl')]);
    const result = await run(['--sandbox', 'history']);
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('is a named pipe (FIFO)');
  });

  it('the journal as a symlink: a payment appends nothing outside LEB_HOME and sends nothing', async () => {
    const target = join(outside.home, 'journal.jsonl');
    writeFileSync(target, '');
    mkdirSync(join(home.home, 'sandbox'), { recursive: true, mode: 0o700 });
    symlinkSync(target, join(home.home, 'sandbox', 'orders.jsonl'));
    const status = JSON.parse((await run(['--sandbox', 'status', '--json'])).stdout) as Array<{ line: string; state: string }>;
    const line = status.find((l) => l.state === 'active')?.line as string;
    const result = await run(['--sandbox', 'topup', '--line', line, '--amount', '50', '--yes']);
    expect(result.code).toBe(9);
    expect(readFileSync(target, 'utf8')).toBe('');
    expect(result.stderr).not.toContain('    at ');
  });

  it('a directory where config.json belongs: exit 9 in zh-CN too', async () => {
    mkdirSync(join(home.home, 'config.json'));
    const result = await run(['--lang', 'zh-CN', 'account', 'list']);
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('是目录');
  });

  it('remind --ics at a symlink or a device: exit 2, the link and the device left alone', async () => {
    const link = join(outside.home, 'cal.ics');
    symlinkSync('/dev/null', link);
    const viaLink = await run(['--sandbox', 'remind', '--ics', link]);
    expect(viaLink.code).toBe(2);
    expect(readlinkSync(link)).toBe('/dev/null');
    const device = await run(['--sandbox', 'remind', '--ics', '/dev/null']);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('is a device');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('modes of files that already exist', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('a config.json readable by others and a LEB_HOME open to all are made 0600/0700, with a warning naming each', async () => {
    writeFileSync(join(home.home, 'config.json'), '{}', { mode: 0o644 });
    chmodSync(join(home.home, 'config.json'), 0o644);
    chmodSync(home.home, 0o755);
    const result = await runCli(['account', 'list'], { home: home.home, now: NOW });
    expect(result.code).toBe(0);
    expect(statSync(join(home.home, 'config.json')).mode & 0o777).toBe(0o600);
    expect(statSync(home.home).mode & 0o777).toBe(0o700);
    expect(result.stderr).toContain(`${join(home.home, 'config.json')} was open to other users (mode 0644)`);
    expect(result.stderr).toContain(`${home.home} was open to other users (mode 0755)`);
  });
});
