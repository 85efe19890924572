// Where tokens live: the OS keyring when it answers, else the 0600 file; reading never guesses, a corrupt file
// is reported and left alone, and a keyring that hangs costs at most 3 seconds.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StateError } from '../../src/errors.js';
import { CredentialStore } from '../../src/store/credentials.js';
import { KEYRING_TIMEOUT_MS, osKeyring, type Keyring } from '../../src/store/keyring.js';
import { tempHome } from '../helpers/cli.js';

const tokens = { accessToken: 'at', refreshToken: 'rt', expiresAt: '2026-11-22T05:00:00.000Z' };

function memoryKeyring(): Keyring & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (account) => entries.get(account) ?? null,
    set: async (account, secret) => void entries.set(account, secret),
    delete: async (account) => entries.delete(account),
  };
}

describe('CredentialStore', () => {
  let home: { home: string; cleanup: () => void };
  let file: string;
  beforeEach(() => {
    home = tempHome();
    file = join(home.home, 'credentials.json');
  });
  afterEach(() => home.cleanup());

  it('uses the keyring when it answers, scoped to this LEB_HOME, and writes no file', async () => {
    const keyring = memoryKeyring();
    const store = new CredentialStore(file, keyring, home.home);
    expect(await store.saveNew('hk', tokens)).toBe('keyring');
    expect([...keyring.entries.keys()]).toEqual([`hk (${home.home})`]);
    expect(await store.load('hk', 'keyring')).toEqual(tokens);
    expect(() => statSync(file)).toThrow();
    expect(await store.remove('hk', 'keyring')).toBe(true);
    expect(keyring.entries.size).toBe(0);
  });

  it('falls back to a 0600 file in a 0700 directory when the keyring fails', async () => {
    const failing: Keyring = { get: async () => null, set: async () => Promise.reject(new Error('no secret service')), delete: async () => false };
    const store = new CredentialStore(file, failing, home.home);
    expect(await store.saveNew('hk', tokens)).toBe('file');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(home.home).mode & 0o777).toBe(0o700);
    expect(await store.load('hk', 'file')).toEqual(tokens);
    await store.save('hk', 'file', { ...tokens, accessToken: 'at2' });
    expect((await store.load('hk', 'file'))?.accessToken).toBe('at2');
    expect(await store.remove('hk', 'file')).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).accounts).toEqual({});
  });

  it('without any keyring, goes straight to the file', async () => {
    expect(await new CredentialStore(file, null, home.home).saveNew('hk', tokens)).toBe('file');
  });

  it('keeps several accounts in one file under concurrent writes', async () => {
    const store = new CredentialStore(file, null, home.home);
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.save(`acct${i}`, 'file', tokens)));
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).accounts).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `acct${i}`));
  });

  it('reports a corrupt file (exit 9) and never overwrites it', async () => {
    writeFileSync(file, '{"version": 1, "accounts": {"hk": {"accessToken": 3}}}', { mode: 0o600 });
    const store = new CredentialStore(file, null, home.home);
    await expect(store.load('hk', 'file')).rejects.toBeInstanceOf(StateError);
    await expect(store.save('other', 'file', tokens)).rejects.toBeInstanceOf(StateError);
    expect(readFileSync(file, 'utf8')).toContain('"accessToken": 3');
  });
});

describe('osKeyring', () => {
  it('is off with LEB_NO_KEYRING, and on Linux without a session bus', () => {
    expect(osKeyring({ LEB_NO_KEYRING: '1', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/x' }, 'linux')).toBeNull();
    expect(osKeyring({}, 'linux')).toBeNull();
    expect(osKeyring({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/x' }, 'linux')).not.toBeNull();
  });

  it('a keyring that never answers costs at most the 3 s timeout, then the file is used', async () => {
    vi.useFakeTimers();
    try {
      const hanging: Keyring = { get: () => new Promise(() => {}), set: () => new Promise(() => {}), delete: () => new Promise(() => {}) };
      // The same wrapper osKeyring puts around the real backend.
      const { withKeyringTimeout } = await import('../../src/store/keyring.js');
      const home = tempHome();
      const store = new CredentialStore(join(home.home, 'credentials.json'), withKeyringTimeout(hanging), home.home);
      const saved = store.saveNew('hk', tokens);
      await vi.advanceTimersByTimeAsync(KEYRING_TIMEOUT_MS + 10);
      vi.useRealTimers();
      expect(await saved).toBe('file');
      home.cleanup();
    } finally {
      vi.useRealTimers();
    }
  });
});
