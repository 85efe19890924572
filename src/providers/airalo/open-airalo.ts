// Opening an Airalo account: its origin and client id from the config, the client secret from where
// credentials are kept (or, during `account add`, from the pending login), the run's Agent and --timeout
// budget, one rate-limit scheduler for all of the account's requests, the shared token cache and the record
// of orders sent.

import { VERSION } from '../../version.js';
import { KeyringUnavailable } from '../../store/credentials.js';
import type { AccountTarget, ProviderDeps } from '../open.js';
import type { Provider } from '../port.js';
import { AiraloClient } from './client.js';
import { airaloError } from './errors.js';
import { IntentStore, intentsFile } from './intents.js';
import { AIRALO_LIMITS, RateScheduler, realTimer, type Timer } from './limits.js';
import { AiraloProvider } from './provider.js';
import { TokenSource, tokenCacheFile } from './token.js';
import { join } from 'node:path';

export const AIRALO_ORIGIN = 'https://partners-api.airalo.com';

export interface AiraloClocks {
  timer?: Timer;
  wallNow?: () => number;
}

/** Which limits a scheduler key counts against: `client`, or `<endpoint>:<iccid>` for the per-eSIM ones. */
export function limitFor(key: string): { max: number; windowMs: number } {
  return key === 'client' ? AIRALO_LIMITS.client : AIRALO_LIMITS.perEsim;
}

export async function openAiralo(target: AccountTarget, env: ProviderDeps): Promise<Provider> {
  const http = await env.http?.();
  if (!http) throw new Error('the airalo provider needs ProviderEnv.http');
  const account = target.account;
  const clientId = account?.login ?? target.pending?.login ?? null;
  let origin: URL;
  try {
    origin = new URL(account?.endpoint ?? AIRALO_ORIGIN);
  } catch {
    throw airaloError('auth', 'no_endpoint', { code: 'no-endpoint', account: target.name });
  }
  if (clientId === null) throw airaloError('auth', 'no_credentials', { code: 'no-credentials', account: target.name });

  const timer = env.airaloClocks?.timer ?? realTimer;
  const wallNow = env.airaloClocks?.wallNow ?? (() => Date.now());
  const scheduler = new RateScheduler(limitFor, timer);
  const client = new AiraloClient({
    origin,
    dispatcher: await http.agent.dispatcher(),
    budget: http.budget,
    scheduler,
    timer,
    debug: env.debug,
    userAgent: `leb/${VERSION}`,
  });

  const secret = async (): Promise<string> => {
    if (target.pending?.password) return target.pending.password;
    const where = account?.credentials;
    if (where !== 'keyring' && where !== 'file') throw airaloError('auth', 'no_credentials', { code: 'no-credentials', account: target.name });
    let stored;
    try {
      stored = await http.credentials.load(target.name, where);
    } catch (error) {
      if (error instanceof KeyringUnavailable) throw airaloError('auth', 'keyring_unavailable', { code: 'keyring-unavailable', account: target.name, why: error.message });
      throw error;
    }
    if (!stored?.clientSecret) throw airaloError('auth', 'no_credentials', { code: 'no-credentials', account: target.name });
    return stored.clientSecret;
  };

  const tokens = new TokenSource({
    file: tokenCacheFile(join(env.home, 'cache'), origin.origin, clientId),
    clientId,
    secret,
    client,
    wallNow,
    timer,
    remainingMs: () => http.budget.remainingMs(),
    askFirst: target.pending?.verify === true,
  });
  return new AiraloProvider({ client, tokens, intents: new IntentStore(intentsFile(env.home, origin.origin, clientId)), wallNow });
}
