// The one writer: whole files only, 0600 whatever was there before, nothing left behind, and a user's
// directory left as it is.

import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/store/files.js';
import { tightened } from '../../src/store/regular-file.js';
import { tempHome } from '../helpers/cli.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('writeFileAtomic', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => {
    home.cleanup();
    // What was tightened here is reported by the next run's context; in this fork that would be another test's.
    tightened.clear();
  });

  it('replaces a looser file with a 0600 one and leaves no temporary file behind', () => {
    const file = join(home.home, 'state.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    chmodSync(file, 0o644);
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(mode(file)).toBe(0o600);
    expect(readdirSync(home.home)).toEqual(['state.json']);
  });

  it("creates leb's own directories 0700 and tightens a looser one", () => {
    const loose = join(home.home, 'cache');
    mkdirSync(loose, { mode: 0o755 });
    chmodSync(loose, 0o755);
    writeFileAtomic(join(loose, 'status.json'), '{}');
    writeFileAtomic(join(home.home, 'new', 'deeper', 'file.json'), '{}');
    expect(mode(loose)).toBe(0o700);
    expect(mode(join(home.home, 'new', 'deeper'))).toBe(0o700);
    expect(mode(join(home.home, 'new', 'deeper', 'file.json'))).toBe(0o600);
  });

  it("a user's directory must exist and keeps its mode", () => {
    const theirs = join(home.home, 'exports');
    mkdirSync(theirs, { mode: 0o755 });
    chmodSync(theirs, 0o755);
    writeFileAtomic(join(theirs, 'reminders.ics'), 'BEGIN:VCALENDAR', { directory: 'existing' });
    expect(mode(theirs)).toBe(0o755);
    expect(mode(join(theirs, 'reminders.ics'))).toBe(0o600);

    const missing = join(home.home, 'nowhere', 'reminders.ics');
    expect(() => writeFileAtomic(missing, 'x', { directory: 'existing' })).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(readdirSync(home.home)).toEqual(['exports']);
  });

  it('a target that cannot be replaced keeps its content and leaves no temporary file', () => {
    const target = join(home.home, 'is-a-dir');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(home.home)).toEqual(['is-a-dir']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});
