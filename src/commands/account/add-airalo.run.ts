// `leb account add <name> --provider airalo --client-id <id> --secret-stdin [--endpoint <origin>]`: get the
// client secret (stdin or a hidden prompt), ask Airalo for a token and list the eSIMs to prove the
// credentials work, and only then store the secret (keyring, else the 0600 credentials file with a warning)
// and the account. The origin defaults to Airalo's; leb appends the /v2/... paths.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import { AIRALO_ORIGIN } from '../../providers/airalo/open-airalo.js';
import type { AccountConfig } from '../../store/config.js';
import type { AccountAddOptions } from './account.command.js';
import { askClientId, askClientSecret, saveClientAccount } from './add-client.js';
import { checkEndpoint } from './add-http.run.js';

export async function runAccountAddAiralo(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'now' | 'paths' | 'prompter' | 'provider' | 't' | 'warn'>,
  options: AccountAddOptions,
): Promise<number> {
  if (options.login !== null || options.passwordStdin || options.tokenStdin) throw new UsageError(ctx.t['airalo.wrongFlags']);
  // Only the origin: leb appends /v2/... itself.
  const endpoint = new URL(checkEndpoint(ctx, options.endpoint ?? AIRALO_ORIGIN)).origin;
  const clientId = await askClientId(ctx, options, ctx.t['airalo.clientIdMissing']);
  const secret = await askClientSecret(ctx, options, ctx.t['airalo.secretMissing']);
  const account: AccountConfig = { provider: 'airalo', endpoint, login: clientId, authEndpoint: null, createdAt: ctx.now().toISOString(), credentials: 'none' };

  // A token and the list of eSIMs before anything is stored: wrong credentials leave no trace.
  const provider = await ctx.provider({ name: options.name, kind: 'airalo', account, pending: { login: clientId, password: secret, tokens: null, verify: true } });
  const lines = await provider.listLines();

  const { location, madeDefault } = await saveClientAccount(ctx, options.name, account, secret);

  if (ctx.globals.json) {
    await printJson(ctx, { name: options.name, provider: 'airalo', endpoint, lines: lines.length, credentials: location, default: madeDefault });
  } else {
    ctx.io.stderr.write(`${ctx.t['account.added'](options.name, lines.length)}\n`);
    if (madeDefault) ctx.io.stderr.write(`${ctx.t['account.nowDefault'](options.name)}\n`);
  }
  return 0;
}
