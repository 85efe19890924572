// What each run loads (ARCHITECTURE.md, "Start-up"): the built binary runs with a preload that lists, at exit,
// every file Node required, so a command that starts loading the prompt stack, the lock, zod or undici
// without needing them fails here, not only in `npm run bench`.

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
writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.LEB_TEST_LOADED, Object.keys(require.cache).join('\\n')));\n");

/** The files under the package that a run of `leb <argv>` loaded, relative to it. */
function loaded(argv: string[]): string[] {
  const list = join(temp, 'loaded.txt');
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...argv], { env: testEnv(home, { LEB_TEST_LOADED: list, LEB_NO_KEYRING: '1' }), encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((file) => file.startsWith(ROOT))
    .map((file) => relative(ROOT, file))
    .sort();
}

describe('what a run loads', () => {
  // The first run seeds the sandbox's state, which takes the lock; the runs measured here find it in place.
  beforeAll(() => void loaded(['--sandbox', 'status']));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('--version: the bin and package.json, not the bundle', () => {
    expect(loaded(['--version'])).toEqual(['bin/leb.js', 'package.json']);
  });

  it('--help: the bundle and the English messages alone', () => {
    expect(loaded(['--help'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs']);
  });

  it('--lang zh-CN --help: the Chinese messages instead of the English', () => {
    expect(loaded(['--lang', 'zh-CN', '--help'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/zh-CN.cjs']);
  });

  it('--sandbox plans --json: the bundle and messages alone (reading the sandbox needs no lock)', () => {
    expect(loaded(['--sandbox', 'plans', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs']);
  });

  it('--sandbox status --json: the bundle, messages and the lock (it merges the status cache), nothing else', () => {
    expect(loaded(['--sandbox', 'status', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs', 'dist/vendor/proper-lockfile.cjs']);
  });
});
