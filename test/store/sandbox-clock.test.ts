import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnsafeFileError } from '../../src/errors.js';
import { readClockOffset, SandboxClockError, sandboxClockFile, writeClockOffset } from '../../src/store/sandbox-clock.js';
import { tempHome } from '../helpers/cli.js';

describe('LEB_HOME/sandbox/clock.json', () => {
  let home: { home: string; cleanup: () => void };
  let file: string;
  beforeEach(() => {
    home = tempHome();
    file = sandboxClockFile(join(home.home, 'sandbox'));
  });
  afterEach(() => home.cleanup());

  it('absent: the real clock (offset 0), and nothing is created', () => {
    expect(readClockOffset(file)).toBe(0);
    expect(() => statSync(file)).toThrow();
  });

  it('written 0600 in a 0700 directory, read back', () => {
    writeClockOffset(file, -12);
    expect(readClockOffset(file)).toBe(-12);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home.home, 'sandbox')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, offsetDays: -12 });
  });

  it.each([
    ['not JSON', '{offset', /JSON|Expected/],
    ['a string offset', '{"version":1,"offsetDays":"10"}', /offsetDays: expected a whole number/],
    ['a fraction', '{"version":1,"offsetDays":1.5}', /offsetDays: expected a whole number/],
    ['past a century', '{"version":1,"offsetDays":40000}', /offsetDays: expected a whole number from -36500 to 36500/],
    ['a newer version', '{"version":2,"offsetDays":1}', /version: expected one of 1/],
    ['an array', '[]', /expected an object/],
  ])('%s: SandboxClockError naming the file (exit 9), file left alone', (_name, text, detail) => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true, mode: 0o700 });
    writeFileSync(file, text, { mode: 0o600 });
    let caught: unknown;
    try {
      readClockOffset(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SandboxClockError);
    const error = caught as SandboxClockError;
    expect(error.file).toBe(file);
    expect(error.exitCode).toBe(9);
    expect(error.detail).toMatch(detail);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a symlink in its place is refused, never followed', () => {
    mkdirSync(join(home.home, 'sandbox'), { recursive: true, mode: 0o700 });
    const elsewhere = join(home.home, 'elsewhere.json');
    writeFileSync(elsewhere, '{"version":1,"offsetDays":3}');
    symlinkSync(elsewhere, file);
    expect(() => readClockOffset(file)).toThrow(UnsafeFileError);
    expect(() => writeClockOffset(file, 1)).toThrow(UnsafeFileError);
  });
});
