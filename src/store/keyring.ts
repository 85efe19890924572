// The OS keyring through @napi-rs/keyring, or null when this machine has none worth using. On Linux the store
// is pinned to the Secret Service: unpinned, the library silently falls back to the kernel keyring, which is
// in memory only, lost at reboot and invisible to cron (docs/sources.md, OS keyring). Every call gets 3 seconds, as gh
// gives its keyring, after which the caller falls back to the 0600 file.

import { isTruthyEnv } from '../domain/env-flag.js';

export interface Keyring {
  /** `signal` aborts the call when the caller stops waiting (the timeout below). */
  get(account: string, signal?: AbortSignal): Promise<string | null>;
  set(account: string, secret: string, signal?: AbortSignal): Promise<void>;
  delete(account: string, signal?: AbortSignal): Promise<boolean>;
}

export const KEYRING_TIMEOUT_MS = 3_000;
const SERVICE = 'leb';

class KeyringTimeout extends Error {
  override readonly name = 'KeyringTimeout';
}

async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new KeyringTimeout(`the OS keyring did not answer within ${ms / 1000} s`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Any keyring, each call bounded by KEYRING_TIMEOUT_MS (a locked or hung Secret Service must not hang leb). */
export function withKeyringTimeout(keyring: Keyring): Keyring {
  return {
    get: (account) => withTimeout(KEYRING_TIMEOUT_MS, (signal) => keyring.get(account, signal)),
    set: (account, secret) => withTimeout(KEYRING_TIMEOUT_MS, (signal) => keyring.set(account, secret, signal)),
    delete: (account) => withTimeout(KEYRING_TIMEOUT_MS, (signal) => keyring.delete(account, signal)),
  };
}

/**
 * The real keyring, or null when it cannot be there: LEB_NO_KEYRING set, or Linux without a session bus (then
 * the library would try to autolaunch D-Bus through X11, which is slow and never what a server wants).
 */
export function osKeyring(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): Keyring | null {
  if (isTruthyEnv(env.LEB_NO_KEYRING)) return null;
  if (platform === 'linux' && !env.DBUS_SESSION_BUS_ADDRESS) return null;
  const entry = async (account: string) => {
    const { AsyncEntry } = await import('@napi-rs/keyring');
    // Throws at once when the pinned store is not running.
    return new AsyncEntry(SERVICE, account, { linux: { store: 'secret-service' } });
  };
  return withKeyringTimeout({
    get: async (account, signal) => (await (await entry(account)).getPassword(signal)) ?? null,
    set: async (account, secret, signal) => (await entry(account)).setPassword(secret, signal),
    delete: async (account, signal) => (await entry(account)).deleteCredential(signal),
  });
}
