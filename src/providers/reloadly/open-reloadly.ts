// Opening a Reloadly account: its two origins (the account's endpoint for top-ups, `authEndpoint` for tokens)
// and client id from the config, the client secret from where credentials are kept (or, during `account add`,
// from the pending login), the run's Agent and --timeout budget, the shared token cache, and the tracked lines
// and carrier catalogue its lines are kept by.

import { dirname, join } from 'node:path';
import { VERSION } from '../../version.js';
import { KeyringUnavailable } from '../../store/credentials.js';
import { loadCatalogue } from '../../store/catalogue.js';
import { trackedLineStore } from '../../store/tracked-lines.js';
import type { AccountTarget, ProviderDeps } from '../open.js';
import type { Provider } from '../port.js';
import { ReloadlyClient } from './client.js';
import { reloadlyError } from './errors.js';
import { ReloadlyProvider } from './provider.js';
import { TokenSource, tokenCacheFile } from './token.js';

export const RELOADLY_AUTH_ORIGIN = 'https://auth.reloadly.com';
export const RELOADLY_ORIGINS = { live: 'https://topups.reloadly.com', test: 'https://topups-sandbox.reloadly.com' } as const;

export async function openReloadly(target: AccountTarget, deps: ProviderDeps): Promise<Provider> {
  const http = await deps.http?.();
  const { trackedFile, carriersFile } = deps;
  if (!http || trackedFile === undefined || carriersFile === undefined) throw new Error('internal: a reloadly account needs http, tracked lines and carriers');
  const account = target.account;
  const clientId = account?.login ?? target.pending?.login ?? null;
  if (clientId === null) throw reloadlyError('auth', 'no_credentials', { code: 'no-credentials', account: target.name });
  let topupsOrigin: URL;
  let authOrigin: URL;
  try {
    topupsOrigin = new URL(account?.endpoint ?? RELOADLY_ORIGINS.live);
    authOrigin = new URL(account?.authEndpoint ?? RELOADLY_AUTH_ORIGIN);
  } catch {
    throw reloadlyError('auth', 'no_endpoint', { code: 'no-endpoint', account: target.name });
  }
  const client = new ReloadlyClient({
    authOrigin,
    topupsOrigin,
    dispatcher: await http.agent.dispatcher(),
    budget: http.budget,
    debug: deps.debug,
    userAgent: `leb/${VERSION}`,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  const secret = async (): Promise<string> => {
    if (target.pending?.password) return target.pending.password;
    const where = account?.credentials;
    if (where !== 'keyring' && where !== 'file') throw reloadlyError('auth', 'no_credentials', { code: 'no-credentials', account: target.name });
    let stored;
    try {
      stored = await http.credentials.load(target.name, where);
    } catch (error) {
      if (error instanceof KeyringUnavailable) throw reloadlyError('auth', 'keyring_unavailable', { code: 'keyring-unavailable', account: target.name, why: error.message });
      throw error;
    }
    if (!stored?.clientSecret) throw reloadlyError('auth', 'no_credentials', { code: 'no-credentials', account: target.name });
    return stored.clientSecret;
  };
  const tokens = new TokenSource({
    file: tokenCacheFile(join(dirname(trackedFile), 'cache'), authOrigin.origin, topupsOrigin.origin, clientId),
    clientId,
    audience: topupsOrigin.origin,
    secret,
    client,
    wallNow: () => Date.now(),
    askFirst: target.pending?.verify === true,
  });
  let catalogue: ReturnType<typeof loadCatalogue> | null = null;
  return new ReloadlyProvider({
    account: target.name,
    client,
    tokens,
    store: trackedLineStore(trackedFile),
    catalogue: () => (catalogue ??= loadCatalogue(carriersFile)),
    now: deps.now,
  });
}
