// `leb account add <name> --provider reloadly --client-id <id> --secret-stdin [--environment live|test]
// [--endpoint <url>] [--auth-endpoint <url>]`: get the client secret (stdin or a hidden prompt), ask Reloadly for
// a token and the wallet's balance to prove the credentials work, and only then store the secret (keyring, else
// the 0600 credentials file with a warning) and the account, as an Airalo account is stored.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { formatMoney, toJson } from '../../domain/money.js';
import { printJson } from '../../io/output.js';
import { RELOADLY_AUTH_ORIGIN, RELOADLY_ORIGINS } from '../../providers/reloadly/open-reloadly.js';
import type { AccountConfig } from '../../store/config.js';
import type { AccountAddOptions } from './account.command.js';
import { askClientId, askClientSecret, saveClientAccount } from './add-client.js';
import { checkEndpoint } from './add-http.run.js';

export async function runAccountAddReloadly(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'locale' | 'now' | 'paths' | 'prompter' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: AccountAddOptions,
): Promise<number> {
  const { t } = ctx;
  if (options.login !== null || options.passwordStdin || options.tokenStdin) throw new UsageError(t['reloadly.wrongFlags']);
  const environment = options.environment ?? 'live';
  if (environment !== 'live' && environment !== 'test') throw new UsageError(t['reloadly.badEnvironment'](environment));
  const endpoint = new URL(checkEndpoint(ctx, options.endpoint ?? RELOADLY_ORIGINS[environment as 'live' | 'test'])).origin;
  const authEndpoint = new URL(checkEndpoint(ctx, options.authEndpoint ?? RELOADLY_AUTH_ORIGIN)).origin;
  const clientId = await askClientId(ctx, options, t['reloadly.clientIdMissing']);
  const secret = await askClientSecret(ctx, options, t['reloadly.secretMissing']);
  const account: AccountConfig = { provider: 'reloadly', endpoint, login: clientId, authEndpoint, createdAt: ctx.now().toISOString(), credentials: 'none' };

  // A token and the wallet before anything is stored: wrong credentials leave no trace.
  const provider = await ctx.provider({ name: options.name, kind: 'reloadly', account, pending: { login: clientId, password: secret, tokens: null, verify: true } });
  const spinner = await ctx.spinner(() => t['progress.loggingIn'](options.name));
  let wallet;
  try {
    wallet = await provider.accountBalance!();
  } finally {
    spinner.stop();
  }

  const { location, madeDefault } = await saveClientAccount(ctx, options.name, account, secret);
  if (ctx.globals.json) {
    await printJson(ctx, { name: options.name, provider: 'reloadly', endpoint, authEndpoint, balance: toJson(wallet), credentials: location, default: madeDefault });
  } else {
    ctx.io.stderr.write(`${t['account.added'](options.name, 0)} (${t['reloadly.wallet'](formatMoney(wallet, ctx.locale))})\n`);
    if (madeDefault) ctx.io.stderr.write(`${t['account.nowDefault'](options.name)}\n`);
  }
  return 0;
}
