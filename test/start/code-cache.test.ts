// The start-up code cache file under LEB_HOME: used only when everything about it is as leb writes it, replaced
// when it is a stale or corrupt file of ours, and never read through, or written over, anything else.

import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDir, cacheLocation, readCodeCache, writeCodeCache, type CacheLocation } from '../../src/start/code-cache.js';
import { tempHome } from '../helpers/cli.js';

const KEY = 'bundle-sha node v20 x64';
const DATA = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff);

describe.skipIf(process.platform === 'win32')('the start-up code cache file', () => {
  let home: { home: string; cleanup: () => void };
  let location: CacheLocation;

  beforeEach(() => {
    home = tempHome();
    chmodSync(home.home, 0o700);
    location = cacheLocation(cacheDir(home.home) as string, 'main');
  });
  afterEach(() => home.cleanup());

  const written = () => {
    expect(writeCodeCache(location, KEY, DATA)).toBe(true);
    const file = readFileSync(location.file);
    expect(Buffer.from(file.subarray(file.length - 2 * DATA.length, file.length - DATA.length))).toEqual(Buffer.from(DATA));
    expect(Buffer.from(file.subarray(file.length - DATA.length))).toEqual(Buffer.from(DATA));
    return file;
  };

  it('reads back what it wrote: a 0600 file in a 0700 cache directory, no temporary file left', () => {
    written();
    expect(Buffer.from(readCodeCache(location, KEY) ?? [])).toEqual(Buffer.from(DATA));
    expect(statSync(location.dir).mode & 0o777).toBe(0o700);
    expect(statSync(location.file).mode & 0o777).toBe(0o600);
    expect(readdirSync(location.dir)).toEqual(['startup-code-main.bin']);
  });

  it('is not used for another bundle, Node or architecture (another key)', () => {
    written();
    expect(readCodeCache(location, `${KEY} other`)).toBeNull();
  });

  it('is written as two copies of the data, and not used, but replaced, when any byte of either changed, it was cut short or grew', () => {
    const file = written();
    for (const corrupt of [
      (() => {
        const copy = Buffer.from(file);
        copy[copy.length - 500] = (copy[copy.length - 500] ?? 0) ^ 0x10;
        return copy;
      })(),
      (() => {
        const copy = Buffer.from(file);
        copy[copy.length - 1500] = (copy[copy.length - 1500] ?? 0) ^ 0x01;
        return copy;
      })(),
      file.subarray(0, file.length - 1),
      Buffer.concat([file, Buffer.from([0])]),
      file.subarray(0, 30),
      Buffer.alloc(0),
      Buffer.from('leb start-up code cache 1\n{"key":1}\n'),
      Buffer.from(`leb start-up code cache 1\n${'x'.repeat(5000)}`),
      Buffer.from('{"not": "a cache"}'),
    ]) {
      writeFileSync(location.file, corrupt, { mode: 0o600 });
      expect(readCodeCache(location, KEY)).toBeNull();
    }
    expect(writeCodeCache(location, KEY, DATA)).toBe(true);
    expect(Buffer.from(readCodeCache(location, KEY) ?? [])).toEqual(Buffer.from(DATA));
  });

  it('a file open to others is not used (anyone could have written it) and is replaced by a private one', () => {
    written();
    chmodSync(location.file, 0o666);
    expect(readCodeCache(location, KEY)).toBeNull();
    expect(writeCodeCache(location, KEY, DATA)).toBe(true);
    expect(statSync(location.file).mode & 0o777).toBe(0o600);
    expect(readCodeCache(location, KEY)).not.toBeNull();
  });

  it('a symlink in its place is neither followed nor replaced', () => {
    const elsewhere = join(home.home, 'elsewhere.bin');
    writeFileSync(elsewhere, readFileSync((written(), location.file)), { mode: 0o600 });
    rmSync(location.file);
    symlinkSync(elsewhere, location.file);
    expect(readCodeCache(location, KEY)).toBeNull();
    expect(writeCodeCache(location, KEY, DATA)).toBe(false);
    expect(lstatSync(location.file).isSymbolicLink()).toBe(true);
  });

  it('a FIFO in its place does not hang a run and is left alone; so is a directory', () => {
    mkdirSync(location.dir, { mode: 0o700 });
    execFileSync('mkfifo', [location.file]);
    expect(readCodeCache(location, KEY)).toBeNull();
    expect(writeCodeCache(location, KEY, DATA)).toBe(false);
    expect(lstatSync(location.file).isFIFO()).toBe(true);
    rmSync(location.file);
    mkdirSync(location.file);
    expect(readCodeCache(location, KEY)).toBeNull();
    expect(writeCodeCache(location, KEY, DATA)).toBe(false);
    expect(readdirSync(location.dir)).toEqual(['startup-code-main.bin']);
  });

  it('a cache directory that is a symlink or open to others is not used or written', () => {
    const real = join(home.home, 'real-cache');
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, location.dir);
    expect(writeCodeCache(location, KEY, DATA)).toBe(false);
    expect(readdirSync(real)).toEqual([]);
    rmSync(location.dir);
    mkdirSync(location.dir, { mode: 0o700 });
    written();
    chmodSync(location.dir, 0o755);
    expect(readCodeCache(location, KEY)).toBeNull();
    expect(writeCodeCache(location, KEY, DATA)).toBe(false);
  });

  it('only a private LEB_HOME of ours that exists is used: a run never creates it for a cache', () => {
    expect(cacheDir(join(home.home, 'absent'))).toBeNull();
    expect(existsSync(join(home.home, 'absent'))).toBe(false);
    chmodSync(home.home, 0o755);
    expect(cacheDir(home.home)).toBeNull();
    writeFileSync(join(home.home, 'file'), '');
    expect(cacheDir(join(home.home, 'file'))).toBeNull();
  });

  it('each script has its own file, named only from letters, digits and dashes', () => {
    expect(cacheLocation(location.dir, 'vendor-undici').file).toBe(join(location.dir, 'startup-code-vendor-undici.bin'));
    expect(() => cacheLocation(location.dir, '../escape')).toThrow(RangeError);
  });
});
