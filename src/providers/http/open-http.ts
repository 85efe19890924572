// Opening an http account: its endpoint, the run's agent and budget, and its tokens, either from where they
// are stored or, during `account add`, from a login made on first use (so the error names the account).

import { VERSION } from '../../version.js';
import { KeyringUnavailable, type CredentialLocation, type CredentialStore } from '../../store/credentials.js';
import type { AccountTarget, PendingLogin, ProviderDeps } from '../open.js';
import { ProviderError, type Provider } from '../port.js';
import { ApiClient } from './client.js';
import { HttpProvider } from './provider.js';
import { logIn, Session, type TokenKeeper } from './session.js';

/** An account's stored tokens; a keyring that cannot be asked is an auth problem (exit 4) with a way out. */
function storedKeeper(store: CredentialStore, account: string, location: CredentialLocation | undefined): TokenKeeper {
  const where = location === 'keyring' || location === 'file' ? location : null;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof KeyringUnavailable) throw new ProviderError('auth', { code: 'keyring-unavailable', account, why: error.message });
      throw error;
    }
  };
  return {
    load: () => guard(async () => (where === null ? null : store.load(account, where))),
    save: (tokens) => guard(async () => (where === null ? undefined : store.save(account, where, tokens))),
  };
}

function pendingKeeper(client: ApiClient, pending: PendingLogin, now: () => Date): TokenKeeper {
  return {
    async load() {
      if (pending.tokens === null && pending.login !== null && pending.password !== null) {
        const password = pending.password;
        // Sent once, then dropped: nothing below this line can leak or store it.
        pending.password = null;
        pending.tokens = await logIn(client, pending.login, password, now);
      }
      return pending.tokens;
    },
    async save(tokens) {
      pending.tokens = tokens;
    },
  };
}

export async function openHttp(target: AccountTarget, deps: ProviderDeps): Promise<Provider> {
  const http = await deps.http?.();
  if (!http) throw new Error('the http provider needs ProviderDeps.http');
  const account = target.account;
  let endpoint: URL;
  try {
    endpoint = new URL(account?.endpoint ?? '');
  } catch {
    throw new ProviderError('auth', { code: 'no-endpoint', account: target.name });
  }
  const client = new ApiClient({
    endpoint,
    dispatcher: await http.agent.dispatcher(),
    budget: http.budget,
    debug: deps.debug,
    userAgent: `leb/${VERSION}`,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  const keeper: TokenKeeper = target.pending
    ? pendingKeeper(client, target.pending, deps.now)
    : storedKeeper(http.credentials, target.name, account?.credentials === 'none' ? undefined : account?.credentials);
  return new HttpProvider(client, new Session(client, keeper, deps.now, target.name));
}
