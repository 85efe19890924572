// What each run loads (ARCHITECTURE.md, "Start-up"): the built binary runs with a preload that lists, at exit,
// every file Node required and every built-in module it loaded, so a command that starts loading the prompt
// stack, the lock, zod, undici, node:crypto or node:child_process without needing them fails here, not only in
// `npm run bench`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, testEnv } from '../helpers/cli.js';

const ROOT = join(BIN, '../..');
const temp = mkdtempSync(join(tmpdir(), 'leb-startup-'));
const home = join(temp, 'home');
const preload = join(temp, 'list-loaded.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.LEB_TEST_LOADED, JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList })));\n",
);

/** What a run of `leb <argv>` loaded: files under the package (relative to it), and Node's built-in modules. */
function loads(argv: string[]): { files: string[]; builtins: string[] } {
  const list = join(temp, 'loaded.json');
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...argv], { env: testEnv(home, { LEB_TEST_LOADED: list, LEB_NO_KEYRING: '1' }), encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const { files, builtins } = JSON.parse(readFileSync(list, 'utf8')) as { files: string[]; builtins: string[] };
  return {
    files: files
      .filter((file) => file.startsWith(ROOT))
      .map((file) => relative(ROOT, file))
      .sort(),
    builtins: builtins.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length)),
  };
}

const loaded = (argv: string[]) => loads(argv).files;

describe('what a run loads', () => {
  // The first run seeds the sandbox's state, which takes the lock; the runs measured here find it in place.
  beforeAll(() => void loaded(['--sandbox', 'status']));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('--version: the bin and package.json, not the bundle', () => {
    expect(loaded(['--version'])).toEqual(['bin/leb.js', 'package.json']);
  });

  it('--help: the start-up loader, the bundle and the English messages alone', () => {
    expect(loaded(['--help'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs', 'dist/start.cjs']);
  });

  it('--lang zh-CN --help: the Chinese messages instead of the English', () => {
    expect(loaded(['--lang', 'zh-CN', '--help'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/zh-CN.cjs', 'dist/start.cjs']);
  });

  it('--sandbox plans --json: the bundle and messages alone (reading the sandbox needs no lock)', () => {
    expect(loaded(['--sandbox', 'plans', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs', 'dist/start.cjs']);
  });

  it('--sandbox status --json: the bundle, messages and the lock (it merges the status cache), nothing else', () => {
    expect(loaded(['--sandbox', 'status', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs', 'dist/start.cjs', 'dist/vendor/proper-lockfile.cjs']);
  });

  it.each(['--help', '--sandbox plans --json', '--sandbox status --json'])('%s: neither node:crypto nor node:child_process (a payment, a hook or --web needs them)', (command) => {
    expect(loads(command.split(' ')).builtins.filter((name) => name === 'crypto' || name === 'child_process')).toEqual([]);
  });

  // Building process.stdout for a pipe loads net and the stream machinery (src/io/fd-output.ts).
  it.each(['--version', '--help', '--sandbox plans --json', '--sandbox status --json'])('%s with stdout and stderr on pipes: neither net, stream nor tty', (command) => {
    expect(loads(command.split(' ')).builtins.filter((name) => ['net', 'stream', 'tty'].includes(name))).toEqual([]);
  });
});
