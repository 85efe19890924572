// LEB_HOME/lines.json read once while it is unchanged: a status of 1000 tracked lines asks for each line's
// record, and reading and checking the whole file for each took it over 2 s.

import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateError } from '../../src/errors.js';
import { TrackedLineStore, trackedLineStore, type TrackedLine } from '../../src/store/tracked-lines.js';

const line = (number: string): TrackedLine => ({
  id: `tl_${number.replace(/\D/g, '')}`,
  account: 'manual',
  number,
  carrier: 'cmhk-prepaid',
  expiresOn: '2027-01-31',
  lastActivityOn: null,
  validitySource: 'confirmed',
  confirmedAt: '2026-12-01T00:00:00.000Z',
  estimatedFrom: null,
  balance: null,
  operator: null,
  addedAt: '2026-12-01T00:00:00.000Z',
});

let dir: string;
let file: string;
const write = (lines: TrackedLine[]) => writeFileSync(file, `${JSON.stringify({ version: 1, lines }, null, 2)}\n`, { mode: 0o600 });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leb-tracked-'));
  mkdirSync(join(dir, 'home'), { mode: 0o700 });
  file = join(dir, 'home', 'lines.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('TrackedLineStore.read', () => {
  it('gives the same lines, read once, while the file is unchanged', () => {
    write([line('+85261000001'), line('+85261000002')]);
    const store = new TrackedLineStore(file);
    const first = store.read();
    expect(first.map((l) => l.number)).toEqual(['+85261000001', '+85261000002']);
    expect(store.read()).toBe(first);
  });

  it('reads again after another store (another leb) replaced the file', async () => {
    write([line('+85261000001')]);
    const store = new TrackedLineStore(file);
    const before = store.read();
    await new TrackedLineStore(file).update((lines) => void lines.push(line('+85261000002')));
    const after = store.read();
    expect(after).not.toBe(before);
    expect(after.map((l) => l.number)).toEqual(['+85261000001', '+85261000002']);
  });

  it('reads again after the file was edited in place, or renamed over', () => {
    write([line('+85261000001')]);
    const store = new TrackedLineStore(file);
    store.read();
    const text = readFileSync(file, 'utf8');
    // A longer number: the size changes too, whatever the file system's clock resolution.
    writeFileSync(file, text.replace('+85261000001', '+852610000099'));
    expect(store.read().map((l) => l.number)).toEqual(['+852610000099']);
    writeFileSync(join(dir, 'next.json'), text, { mode: 0o600 });
    renameSync(join(dir, 'next.json'), file);
    expect(store.read().map((l) => l.number)).toEqual(['+85261000001']);
  });

  it('sees its own update at once', async () => {
    write([line('+85261000001')]);
    const store = new TrackedLineStore(file);
    store.read();
    await store.update((lines) => {
      (lines[0] as TrackedLine).expiresOn = '2027-06-30';
    });
    expect(store.read()[0]?.expiresOn).toBe('2027-06-30');
  });

  it('a change that throws leaves what read() gives as the file is', async () => {
    write([line('+85261000001')]);
    const store = new TrackedLineStore(file);
    store.read();
    await expect(
      store.update((lines) => {
        (lines[0] as TrackedLine).expiresOn = '2099-01-01';
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(store.read()[0]?.expiresOn).toBe('2027-01-31');
  });

  it('refuses a symlink in its place every time, as before', () => {
    write([line('+85261000001')]);
    const store = new TrackedLineStore(file);
    store.read();
    renameSync(file, join(dir, 'elsewhere.json'));
    symlinkSync(join(dir, 'elsewhere.json'), file);
    expect(() => store.read()).toThrow(StateError);
    expect(() => store.read()).toThrow(StateError);
  });

  it('no file: no lines, and a file made later is read', () => {
    const store = new TrackedLineStore(file);
    expect(store.read()).toEqual([]);
    write([line('+85261000001')]);
    expect(store.read()).toHaveLength(1);
  });
});

describe('TrackedLineStore.ofAccount and trackedLineStore', () => {
  it("gives an account's lines in the file's order, the first line of each id, and a new index after a change", async () => {
    write([line('+85261000001'), { ...line('+85261000002'), account: 'other' }, line('+85261000003'), { ...line('+85261000001'), carrier: 'csl-rechargeable' }]);
    const store = new TrackedLineStore(file);
    const mine = store.ofAccount('manual');
    expect(mine.lines.map((l) => l.number)).toEqual(['+85261000001', '+85261000003', '+85261000001']);
    expect(mine.byId.get('tl_85261000001')?.carrier).toBe('cmhk-prepaid');
    expect(store.ofAccount('manual')).toBe(mine);
    expect(store.ofAccount('other').lines.map((l) => l.number)).toEqual(['+85261000002']);
    await store.update((lines) => void lines.splice(0, 1));
    expect(store.ofAccount('manual').byId.get('tl_85261000001')).toBe(store.ofAccount('manual').lines[1]);
  });

  it('one store per file for the process', () => {
    expect(trackedLineStore(file)).toBe(trackedLineStore(file));
    expect(trackedLineStore(join(dir, 'elsewhere.json'))).not.toBe(trackedLineStore(file));
  });
});
