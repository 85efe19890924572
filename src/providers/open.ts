// Which provider serves an account. Each kind is imported only when an account of that kind is used.

import { join } from 'node:path';
import type { AccountConfig } from '../store/config.js';
import type { StoredTokens } from '../store/credentials.js';
import { ProviderError, type Provider, type ProviderKind } from './port.js';
import { AccountError, type AccountOrigin } from './account-error.js';
import type { HttpShared } from './http/shared.js';
import type { AiraloClocks } from './airalo/open-airalo.js';

/** The embedded sandbox behind --sandbox: its own state, never a real account. */
export const EMBEDDED_SANDBOX = 'sandbox';

export interface AccountTarget {
  name: string;
  kind: ProviderKind;
  /** null for the embedded sandbox (--sandbox), which has no stored account. */
  account: AccountConfig | null;
  /** Only during `account add` of an http account: credentials not stored yet (see PendingLogin). */
  pending?: PendingLogin;
}

/**
 * `account add` before anything is saved: the provider logs in with login and password on first use, clears
 * the password, and leaves the tokens here for the caller to store once the login is known to work.
 */
export interface PendingLogin {
  login: string | null;
  password: string | null;
  tokens: StoredTokens | null;
  /**
   * Client-credential providers (Airalo, Reloadly): the password is a secret just typed, to be proven by a token
   * asked for with it, never answered by a token cached under the same client id (account add and login).
   */
  verify?: boolean;
}

/** What opening a provider needs from the run. */
export interface ProviderDeps {
  sandboxDir: string;
  /** Tracked lines and the user's carrier entries, for `manual` accounts. */
  trackedFile?: string;
  carriersFile?: string;
  /** LEB_HOME: the Airalo provider keeps its token cache and its record of orders sent there. */
  home: string;
  now: () => Date;
  /** How to wait between attempts (back-off, Retry-After); real waits when absent, instant in tests. */
  sleep?: (ms: number) => Promise<void>;
  timeoutMs: number;
  debug: (message: string) => void;
  /**
   * The run's agent, --timeout budget and credential store, built on first call: only http accounts
   * need them, and their modules (undici, zod) stay unloaded for everyone else.
   */
  http?: () => Promise<HttpShared>;
  /** Tests only: the Airalo scheduler's clock and the wall clock of its token cache and order record. */
  airaloClocks?: AiraloClocks;
}

export function sandboxFile(sandboxDir: string, target: AccountTarget): string {
  return join(sandboxDir, target.account === null ? 'embedded.json' : `account-${target.name}.json`);
}

export async function openProvider(target: AccountTarget, deps: ProviderDeps): Promise<Provider> {
  let provider: Provider;
  try {
    provider = await openKind(target, deps);
  } catch (error) {
    throw error instanceof ProviderError ? new AccountError(target.name, error, originOf(target)) : error;
  }
  return namingAccount(target.name, originOf(target), provider);
}

function originOf(target: AccountTarget): AccountOrigin {
  return { provider: target.kind, endpoint: target.account?.endpoint ?? null, stored: target.pending === undefined };
}

async function openKind(target: AccountTarget, deps: ProviderDeps): Promise<Provider> {
  switch (target.kind) {
    case 'sandbox': {
      const { SandboxProvider } = await import('./sandbox/provider.js');
      return new SandboxProvider(sandboxFile(deps.sandboxDir, target), deps.now);
    }
    case 'http': {
      const { openHttp } = await import('./http/open-http.js');
      return openHttp(target, deps);
    }
    case 'manual': {
      const [{ ManualProvider }, { trackedLineStore }, { loadCatalogue }] = await Promise.all([
        import('./manual/provider.js'),
        import('../store/tracked-lines.js'),
        import('../store/catalogue.js'),
      ]);
      const { trackedFile, carriersFile } = deps;
      if (trackedFile === undefined || carriersFile === undefined) throw new Error('internal: a manual account needs the tracked-lines and carriers files');
      let catalogue: ReturnType<typeof loadCatalogue> | null = null;
      return new ManualProvider(target.name, trackedLineStore(trackedFile), () => (catalogue ??= loadCatalogue(carriersFile)), deps.now);
    }
    case 'airalo': {
      const { openAiralo } = await import('./airalo/open-airalo.js');
      return openAiralo(target, deps);
    }
    case 'reloadly': {
      const { openReloadly } = await import('./reloadly/open-reloadly.js');
      return openReloadly(target, deps);
    }
    default:
      throw new Error(`provider kind ${target.kind} is not wired in this build`);
  }
}

/** Provider errors leave here tagged with the account they came from, so messages can name it. */
function namingAccount(account: string, origin: AccountOrigin, provider: Provider): Provider {
  return new Proxy(provider, {
    get(inner, property, receiver) {
      const value = Reflect.get(inner, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(inner, args);
        } catch (error) {
          throw error instanceof ProviderError ? new AccountError(account, error, origin) : error;
        }
      };
    },
  });
}
