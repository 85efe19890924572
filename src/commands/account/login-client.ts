// `leb account login <name>` for accounts with client credentials (Airalo, Reloadly): the stored client id (or
// --client-id), a new secret from --secret-stdin or a hidden prompt, checked with a token asked for with it
// (never a cached one) before the secret replaces the old one. The account keeps its name, labels, notes, cache
// and history. A new client id is refused while orders made under the old one are unsettled: they are looked
// up with the credentials they were made with.

import type { Context } from '../../app/context.js';
import { journalFor } from '../../app/payments/pay.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';
import { isUnsettled } from '../../store/journal.js';
import type { AccountLoginOptions } from './account.command.js';
import { askClientId, askClientSecret } from './add-client.js';
import { storeLogin } from './login-store.js';

export async function loginClientAccount(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'paths' | 'prompter' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: AccountLoginOptions,
  account: AccountConfig & { provider: 'airalo' | 'reloadly' },
): Promise<number> {
  const { t } = ctx;
  const kind = account.provider;
  if (options.login !== null || options.passwordStdin || options.tokenStdin) {
    throw new UsageError(t['account.loginWrongFlags'](options.name, kind, '--client-id <id> --secret-stdin'));
  }
  const clientId = options.clientId === null && account.login !== null ? account.login : await askClientId(ctx, options, t[`${kind}.clientIdMissing`]);
  if (account.login !== null && clientId !== account.login) {
    const open = journalFor(ctx).orders().filter((o) => o.account === options.name && isUnsettled(o)).length;
    if (open > 0) throw new UsageError(t['account.clientIdChange'](options.name, open));
  }
  const secret = await askClientSecret(ctx, options, t[`${kind}.secretMissing`]);

  const fresh: AccountConfig = { ...account, login: clientId };
  const provider = await ctx.provider({ name: options.name, kind, account: fresh, pending: { login: clientId, password: secret, tokens: null, verify: true } });
  // Airalo's eSIM list needs a token; a Reloadly account's lines are local, so its wallet is what asks for one.
  if (kind === 'reloadly') {
    const spinner = await ctx.spinner(() => t['progress.loggingIn'](options.name));
    try {
      await provider.accountBalance!();
    } finally {
      spinner.stop();
    }
  }
  const lines = await provider.listLines();

  const location = await storeLogin(ctx, options.name, account, { accessToken: '', refreshToken: null, expiresAt: null, clientSecret: secret });
  await ctx.config.update((config) => {
    const stored = config.accounts[options.name];
    if (!stored) throw new UsageError(t['account.unknown'](options.name), t['account.unknownHint']);
    stored.login = clientId;
    stored.credentials = location;
  });
  if (ctx.globals.json) {
    await printJson(ctx, { name: options.name, provider: kind, endpoint: account.endpoint, lines: lines.length, credentials: location, loggedIn: true });
  } else {
    ctx.io.stderr.write(`${t['account.loggedIn'](options.name, lines.length)}\n`);
  }
  return 0;
}
