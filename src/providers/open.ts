// Which provider serves an account. Each kind is imported only when an account of that kind is used.

import { join } from 'node:path';
import type { AccountConfig } from '../store/config.js';
import type { StoredTokens } from '../store/credentials.js';
import { ProviderError, type Provider, type ProviderKind } from './port.js';
import { AccountError } from './account-error.js';
import type { HttpEnv } from './http/env.js';

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
}

export interface ProviderEnv {
  sandboxDir: string;
  now: () => Date;
  timeoutMs: number;
  debug: (message: string) => void;
  /**
   * The run's agent, --timeout budget, credential store and messages, built on first call: only http accounts
   * need them, and their modules (undici, zod) stay unloaded for everyone else.
   */
  http?: () => Promise<HttpEnv>;
}

export function sandboxFile(sandboxDir: string, target: AccountTarget): string {
  return join(sandboxDir, target.account === null ? 'embedded.json' : `account-${target.name}.json`);
}

export async function openProvider(target: AccountTarget, env: ProviderEnv): Promise<Provider> {
  let provider: Provider;
  try {
    provider = await openKind(target, env);
  } catch (error) {
    throw error instanceof ProviderError ? new AccountError(target.name, error) : error;
  }
  return namingAccount(target.name, provider);
}

async function openKind(target: AccountTarget, env: ProviderEnv): Promise<Provider> {
  switch (target.kind) {
    case 'sandbox': {
      const { SandboxProvider } = await import('./sandbox/provider.js');
      return new SandboxProvider(sandboxFile(env.sandboxDir, target), env.now);
    }
    case 'http': {
      const { openHttp } = await import('./http/open-http.js');
      return openHttp(target, env);
    }
    default:
      throw new Error(`provider kind ${target.kind} is not wired in this build`);
  }
}

/** Provider errors leave here tagged with the account they came from, so messages can name it. */
function namingAccount(account: string, provider: Provider): Provider {
  return new Proxy(provider, {
    get(inner, property, receiver) {
      const value = Reflect.get(inner, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(inner, args);
        } catch (error) {
          throw error instanceof ProviderError ? new AccountError(account, error) : error;
        }
      };
    },
  });
}
