// `leb account login <name>`: log in again in place, with the endpoint and login already stored. The account
// keeps its name, labels, notes, cache and history; only the tokens (and the login, when --login changes it)
// are replaced, and only after the new login has listed the lines. Airalo and Reloadly accounts take a new
// client secret (login-client.ts); sandbox and manual accounts have nothing to log in to.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';
import type { AccountLoginOptions } from './account.command.js';
import { askCredentials } from './add-http.run.js';
import { loginClientAccount } from './login-client.js';
import { storeLogin } from './login-store.js';

export async function runAccountLogin(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'paths' | 'prompter' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: AccountLoginOptions,
): Promise<number> {
  const account = ctx.config.read().accounts[options.name];
  if (!account) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
  if (account.provider === 'sandbox' || account.provider === 'manual') {
    if (ctx.globals.json) await printJson(ctx, { name: options.name, provider: account.provider, loggedIn: true });
    else ctx.io.stderr.write(`${ctx.t[account.provider === 'sandbox' ? 'account.loginNotNeeded' : 'account.loginManual'](options.name)}\n`);
    return 0;
  }
  if (account.provider === 'airalo' || account.provider === 'reloadly') return loginClientAccount(ctx, options, { ...account, provider: account.provider });
  if (options.clientId !== null || options.secretStdin) {
    throw new UsageError(ctx.t['account.loginWrongFlags'](options.name, account.provider, '--login <id> --password-stdin | --token-stdin'));
  }

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

  const location = await storeLogin(ctx, options.name, account, tokens);
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
