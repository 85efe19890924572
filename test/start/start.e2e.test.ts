// The built binary and its start-up code cache (src/start/start.ts): made after a run that went well, used as it
// is by the next run (not written again), and whatever is wrong with it never changes what a run does: it is
// compiled as if there were no cache and the cache replaced.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, tempHome, testEnv } from '../helpers/cli.js';

describe.skipIf(process.platform === 'win32')('the start-up code cache of the built binary', () => {
  let home: { home: string; cleanup: () => void };
  const cacheFile = () => join(home.home, 'cache', 'startup-code-main-plans.bin');
  const inode = () => statSync(cacheFile()).ino;

  /** `leb --sandbox plans --json` (node flags first), which must succeed with the same plans every time. */
  const plans = (nodeFlags: string[] = []) => {
    const run = spawnSync(process.execPath, [...nodeFlags, BIN, '--sandbox', 'plans', '--json'], { env: testEnv(home.home, { LEB_NO_KEYRING: '1' }), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as unknown;
  };

  beforeEach(() => {
    home = tempHome();
    chmodSync(home.home, 0o700);
  });
  afterEach(() => home.cleanup());

  it('a run that went well leaves a private cache; the next run uses it as it is', () => {
    const first = plans();
    expect(statSync(cacheFile()).mode & 0o777).toBe(0o600);
    // One file per script the run loaded from dist/: the bundle (its data kept for this command) and the lock
    // (this first run seeded the sandbox under it); no messages, since `--json` words nothing.
    expect(readdirSync(join(home.home, 'cache')).filter((name) => name.startsWith('startup-code-')).sort()).toEqual([
      'startup-code-main-plans.bin',
      'startup-code-vendor-proper-lockfile.bin',
    ]);
    const before = inode();
    expect(plans()).toEqual(first);
    expect(inode()).toBe(before);
  });

  it("the bundle's data is kept per command: --help and plans each leave their own (the second borrowing the first's) and use it", () => {
    const help = () => spawnSync(process.execPath, [BIN, '--help'], { env: testEnv(home.home, { LEB_NO_KEYRING: '1' }), encoding: 'utf8' });
    expect(help().status).toBe(0);
    plans();
    const helpFile = join(home.home, 'cache', 'startup-code-main.bin');
    const [plansInode, helpInode] = [inode(), statSync(helpFile).ino];
    expect(help().status).toBe(0);
    plans();
    expect([inode(), statSync(helpFile).ino]).toEqual([plansInode, helpInode]);
  });

  it('a failed run writes no cache (nothing under LEB_HOME changes)', () => {
    const run = spawnSync(process.execPath, [BIN, 'nope'], { env: testEnv(home.home), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(readdirSync(home.home)).toEqual([]);
  });

  it('a corrupt cache (one flipped byte: V8 alone would run it or crash) is ignored and replaced', () => {
    const expected = plans();
    const corrupt = readFileSync(cacheFile());
    const offset = Math.floor(corrupt.length * 0.75);
    corrupt[offset] = (corrupt[offset] ?? 0) ^ 0xff;
    writeFileSync(cacheFile(), corrupt);
    const corruptInode = inode();
    expect(plans()).toEqual(expected);
    expect(inode()).not.toBe(corruptInode);
  });

  it('data made for another bundle, or that V8 refuses (other V8 flags), is replaced', () => {
    const expected = plans();
    writeFileSync(cacheFile(), readFileSync(cacheFile(), 'latin1').replace(/"key":"[0-9a-f]{8}/, '"key":"00000000'), 'latin1');
    const otherBundle = inode();
    expect(plans()).toEqual(expected);
    expect(inode()).not.toBe(otherBundle);
    const ours = inode();
    expect(plans(['--max-old-space-size=300'])).toEqual(expected);
    expect(inode()).not.toBe(ours);
  });

  it('LEB_HOME open to others: no cache this run (the run makes it private)', () => {
    chmodSync(home.home, 0o755);
    const run = spawnSync(process.execPath, [BIN, '--sandbox', 'plans', '--json'], { env: testEnv(home.home, { LEB_NO_KEYRING: '1' }), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(existsSync(cacheFile())).toBe(false);
    expect(statSync(home.home).mode & 0o777).toBe(0o700);
  });
});
