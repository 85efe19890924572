// What adding an account with client credentials (a client id and a secret: Airalo, Reloadly) shares: asking
// for the id and the secret, and storing the secret and the account together under the config lock once the
// provider has accepted them, so of concurrent adds of one name exactly one writes (or, failing, removes) its
// secret. The access token itself lives in the provider's 0600 token cache; what is kept is the secret.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import type { AccountConfig } from '../../store/config.js';
import { credentialStoreFor, type CredentialLocation } from '../../store/credentials.js';
import { own } from '../../store/shape.js';
import type { AccountAddOptions } from './account.command.js';
import { secretFromStdin } from './add-http.run.js';

export async function askClientId(
  ctx: Pick<Context, 'canPrompt' | 'prompter' | 't'>,
  options: Pick<AccountAddOptions, 'clientId'>,
  missing: string,
): Promise<string> {
  if (options.clientId !== null && options.clientId.trim() !== '') return options.clientId.trim();
  if (!ctx.canPrompt) throw new UsageError(missing);
  return (await ctx.prompter.input(ctx.t['airalo.clientIdPrompt'], { validate: (v) => v.trim() !== '' || missing })).trim();
}

export async function askClientSecret(
  ctx: Pick<Context, 'canPrompt' | 'io' | 'prompter' | 't'>,
  options: Pick<AccountAddOptions, 'secretStdin'>,
  missing: string,
): Promise<string> {
  if (options.secretStdin) return secretFromStdin(ctx, '--secret-stdin');
  if (!ctx.canPrompt) throw new UsageError(missing);
  const secret = await ctx.prompter.password(ctx.t['airalo.secretPrompt']);
  if (secret === '') throw new UsageError(missing);
  return secret;
}

export async function saveClientAccount(
  ctx: Pick<Context, 'config' | 'env' | 'paths' | 't' | 'warn'>,
  name: string,
  account: AccountConfig,
  secret: string,
): Promise<{ location: CredentialLocation; madeDefault: boolean }> {
  const store = credentialStoreFor(ctx.paths, ctx.env);
  const stored = { accessToken: '', refreshToken: null, expiresAt: null, clientSecret: secret };
  let saved: CredentialLocation | null = null;
  let madeDefault: boolean;
  try {
    madeDefault = await ctx.config.update(async (config) => {
      if (own(config.accounts, name)) throw new UsageError(ctx.t['account.exists'](name));
      saved = await store.saveNew(name, stored);
      account.credentials = saved;
      config.accounts[name] = account;
      const first = config.defaultAccount === null;
      if (first) config.defaultAccount = name;
      return first;
    });
  } catch (error) {
    if (saved !== null) await store.remove(name, saved).catch(() => undefined);
    throw error;
  }
  const location = account.credentials as CredentialLocation;
  if (location === 'file') ctx.warn(ctx.t['credentials.fileFallback'](store.file));
  return { location, madeDefault };
}
