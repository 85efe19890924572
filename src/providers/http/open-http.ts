// Opening an http account: its endpoint, the run's agent and budget, and its tokens, either from where they
// are stored or, during `account add`, from a login made on first use (so the error names the account).

import { VERSION } from '../../version.js';
import type { AccountTarget, PendingLogin, ProviderEnv } from '../open.js';
import { ProviderError, type Provider } from '../port.js';
import { ApiClient } from './client.js';
import { HttpProvider } from './provider.js';
import { logIn, Session, type TokenKeeper } from './session.js';

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

export async function openHttp(target: AccountTarget, env: ProviderEnv): Promise<Provider> {
  const http = env.http;
  if (!http) throw new Error('the http provider needs ProviderEnv.http');
  const t = http.messages;
  const account = target.account;
  let endpoint: URL;
  try {
    endpoint = new URL(account?.endpoint ?? '');
  } catch {
    throw new ProviderError('auth', t['http.noEndpoint'](target.name));
  }
  const client = new ApiClient({
    endpoint,
    dispatcher: await http.agent.dispatcher(),
    budget: http.budget,
    t,
    debug: env.debug,
    userAgent: `leb/${VERSION}`,
  });
  const location = account?.credentials;
  const keeper: TokenKeeper = target.pending
    ? pendingKeeper(client, target.pending, env.now)
    : {
        load: async () => (location === 'keyring' || location === 'file' ? http.credentials.load(target.name, location) : null),
        save: async (tokens) => {
          if (location === 'keyring' || location === 'file') await http.credentials.save(target.name, location, tokens);
        },
      };
  return new HttpProvider(client, new Session(client, keeper, env.now, t, target.name), t);
}
