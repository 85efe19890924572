// `leb account add <name> --provider airalo --client-id <id> --secret-stdin [--endpoint <origin>]`: get the
// client secret (stdin or a hidden prompt), ask Airalo for a token and list the eSIMs to prove the
// credentials work, and only then store the secret (keyring, else the 0600 credentials file with a warning)
// and the account. The origin defaults to Airalo's; leb appends the /v2/... paths.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import { AIRALO_ORIGIN } from '../../providers/airalo/open-airalo.js';
import type { AccountConfig } from '../../store/config.js';
import { own } from '../../store/shape.js';
import { credentialStoreFor, type CredentialLocation } from '../../store/credentials.js';
import type { AccountAddOptions } from './account.command.js';
import { checkEndpoint, secretFromStdin } from './add-http.run.js';

async function askClientId(ctx: Context, options: AccountAddOptions): Promise<string> {
  if (options.clientId !== null && options.clientId.trim() !== '') return options.clientId.trim();
  if (!ctx.canPrompt) throw new UsageError(ctx.t['airalo.clientIdMissing']);
  return (await ctx.prompter.input(ctx.t['airalo.clientIdPrompt'], { validate: (v) => v.trim() !== '' || ctx.t['airalo.clientIdMissing'] })).trim();
}

async function askSecret(ctx: Context, options: AccountAddOptions): Promise<string> {
  if (options.secretStdin) return secretFromStdin(ctx, '--secret-stdin');
  if (!ctx.canPrompt) throw new UsageError(ctx.t['airalo.secretMissing']);
  const secret = await ctx.prompter.password(ctx.t['airalo.secretPrompt']);
  if (secret === '') throw new UsageError(ctx.t['airalo.secretMissing']);
  return secret;
}

export async function runAccountAddAiralo(ctx: Context, options: AccountAddOptions): Promise<number> {
  if (options.login !== null || options.passwordStdin || options.tokenStdin) throw new UsageError(ctx.t['airalo.wrongFlags']);
  // Only the origin: leb appends /v2/... itself.
  const endpoint = new URL(checkEndpoint(ctx, options.endpoint ?? AIRALO_ORIGIN)).origin;
  const clientId = await askClientId(ctx, options);
  const secret = await askSecret(ctx, options);
  const account: AccountConfig = { provider: 'airalo', endpoint, login: clientId, createdAt: ctx.now().toISOString(), credentials: 'none' };

  // A token and the list of eSIMs before anything is stored: wrong credentials leave no trace.
  const provider = await ctx.provider({ name: options.name, kind: 'airalo', account, pending: { login: clientId, password: secret, tokens: null } });
  const lines = await provider.listLines();

  const store = credentialStoreFor(ctx.paths, ctx.env);
  // The access token itself lives in the 0600 token cache; what must be kept is the secret that gets a new one.
  const stored = { accessToken: '', refreshToken: null, expiresAt: null, clientSecret: secret };
  // Claimed and stored under the config lock, as add-http.run.ts does: of concurrent adds of one name exactly one
  // writes (or, failing, removes) its secret.
  let saved: CredentialLocation | null = null;
  let madeDefault: boolean;
  try {
    madeDefault = await ctx.config.update(async (config) => {
      if (own(config.accounts, options.name)) throw new UsageError(ctx.t['account.exists'](options.name));
      saved = await store.saveNew(options.name, stored);
      account.credentials = saved;
      config.accounts[options.name] = account;
      const first = config.defaultAccount === null;
      if (first) config.defaultAccount = options.name;
      return first;
    });
  } catch (error) {
    if (saved !== null) await store.remove(options.name, saved).catch(() => undefined);
    throw error;
  }
  const location = account.credentials;
  if (location === 'file') ctx.warn(ctx.t['credentials.fileFallback'](store.file));

  if (ctx.globals.json) {
    await printJson(ctx, { name: options.name, provider: 'airalo', endpoint, lines: lines.length, credentials: location, default: madeDefault });
  } else {
    ctx.io.stderr.write(`${ctx.t['account.added'](options.name, lines.length)}\n`);
    if (madeDefault) ctx.io.stderr.write(`${ctx.t['account.nowDefault'](options.name)}\n`);
  }
  return 0;
}
