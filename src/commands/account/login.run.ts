// `leb account login <name>`: log in again in place, with the endpoint and login already stored. The account
// keeps its name, labels, notes, cache and history; only the tokens (and the login, when --login changes it)
// are replaced, and only after the new login has listed the lines.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';
import { KeyringUnavailable, credentialStoreFor, type CredentialLocation, type StoredTokens } from '../../store/credentials.js';
import type { AccountLoginOptions } from './account.command.js';
import { askCredentials } from './add-http.run.js';

/** Where the tokens were is where they go; a keyring that stopped answering falls back to the file. */
async function storeTokens(ctx: Context, name: string, account: AccountConfig, tokens: StoredTokens): Promise<CredentialLocation> {
  const store = credentialStoreFor(ctx.paths, ctx.env);
  const before = account.credentials === 'keyring' || account.credentials === 'file' ? account.credentials : null;
  if (before !== null) {
    try {
      await store.save(name, before, tokens);
      return before;
    } catch (error) {
      if (!(error instanceof KeyringUnavailable)) throw error;
    }
  }
  const location = await store.saveNew(name, tokens);
  if (location === 'file') ctx.warn(ctx.t['credentials.fileFallback'](store.file));
  return location;
}

export async function runAccountLogin(ctx: Context, options: AccountLoginOptions): Promise<number> {
  const account = ctx.config.read().accounts[options.name];
  if (!account) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
  if (account.provider === 'sandbox') {
    if (ctx.globals.json) await printJson(ctx, { name: options.name, provider: account.provider, loggedIn: true });
    else ctx.io.stderr.write(`${ctx.t['account.loginNotNeeded'](options.name)}\n`);
    return 0;
  }
  if (account.provider !== 'http') throw new UsageError(ctx.t['account.providerNotYet'](account.provider));

  const { login, pending } = await askCredentials(ctx, {
    name: options.name,
    provider: 'http',
    endpoint: account.endpoint,
    login: options.login ?? account.login,
    passwordStdin: options.passwordStdin,
    tokenStdin: options.tokenStdin,
    clientId: null,
    secretStdin: false,
    environment: null,
    authEndpoint: null,
  });
  const fresh: AccountConfig = { ...account, login: login ?? account.login };
  const provider = await ctx.provider({ name: options.name, kind: 'http', account: fresh, pending });
  const lines = await provider.listLines();
  const tokens = pending.tokens;
  if (tokens === null) throw new Error('logged in without tokens');

  const location = await storeTokens(ctx, options.name, account, tokens);
  await ctx.config.update((config) => {
    const stored = config.accounts[options.name];
    if (!stored) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
    stored.login = fresh.login;
    stored.credentials = location;
  });
  if (ctx.globals.json) {
    await printJson(ctx, { name: options.name, provider: 'http', endpoint: account.endpoint, lines: lines.length, credentials: location, loggedIn: true });
  } else {
    ctx.io.stderr.write(`${ctx.t['account.loggedIn'](options.name, lines.length)}\n`);
  }
  return 0;
}
