// `leb account add <name> --provider http`: check the endpoint, get a password (stdin or a hidden prompt) or
// a token (stdin), log in, prove the tokens work by listing the lines, and only then store the tokens (keyring,
// else the 0600 file with a warning) and the account. The password is sent once and kept nowhere.

import type { Readable } from 'node:stream';
import type { Context } from '../../app/context.js';
import { withProgress } from '../../app/progress.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import { isLoopbackHost } from '../../providers/http/loopback.js';
import type { PendingLogin } from '../../providers/open.js';
import type { AccountConfig } from '../../store/config.js';
import { credentialStoreFor, type CredentialLocation } from '../../store/credentials.js';
import { own } from '../../store/shape.js';
import type { AccountAddOptions } from './account.command.js';

/** The endpoint as leb will store it, or a usage error (exit 2) saying what is wrong with it. */
export function checkEndpoint(ctx: Pick<Context, 't'>, value: string): string {
  const { t } = ctx;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(t['http.endpointInvalid'](value));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(t['http.endpointInvalid'](value));
  // Never echo the URL here: it may hold the very secret we refuse to take on the command line.
  if (url.username !== '' || url.password !== '') throw new UsageError(t['http.endpointUserinfo']);
  if (url.search !== '' || url.hash !== '') throw new UsageError(t['http.endpointQuery']);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) throw new UsageError(t['http.endpointInsecure'](url.origin));
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

/** A secret piped on stdin, without the line ending `echo` adds; empty is a usage error naming the flag. */
export async function secretFromStdin(ctx: Pick<Context, 'io' | 't'>, flag: string): Promise<string> {
  const secret = (await readAll(ctx.io.stdin)).replace(/\r?\n$/, '');
  if (secret.trim() === '') throw new UsageError(ctx.t['http.stdinEmpty'](flag));
  return secret;
}

async function askEndpoint(ctx: Pick<Context, 'canPrompt' | 'prompter' | 't'>, options: AccountAddOptions): Promise<string> {
  if (options.endpoint !== null) return checkEndpoint(ctx, options.endpoint);
  if (!ctx.canPrompt) throw new UsageError(ctx.t['http.endpointMissing']);
  const typed = await ctx.prompter.input(ctx.t['http.endpointPrompt'], {
    validate: (value) => {
      try {
        checkEndpoint(ctx, value);
        return true;
      } catch (error) {
        return (error as Error).message;
      }
    },
  });
  return checkEndpoint(ctx, typed);
}

async function askLogin(ctx: Pick<Context, 'canPrompt' | 'prompter' | 't'>, options: AccountAddOptions): Promise<string> {
  if (options.login !== null && options.login.trim() !== '') return options.login.trim();
  if (!ctx.canPrompt) throw new UsageError(ctx.t['http.loginMissing']);
  return (await ctx.prompter.input(ctx.t['http.loginPrompt'], { validate: (v) => v.trim() !== '' || ctx.t['http.loginMissing'] })).trim();
}

/** The login and a password (stdin or a hidden prompt) or a token (stdin); shared with `account login`. */
export async function askCredentials(
  ctx: Pick<Context, 'canPrompt' | 'io' | 'prompter' | 't'>,
  options: AccountAddOptions,
): Promise<{ login: string | null; pending: PendingLogin }> {
  if (options.tokenStdin) {
    const token = (await secretFromStdin(ctx, '--token-stdin')).trim();
    return { login: options.login, pending: { login: null, password: null, tokens: { accessToken: token, refreshToken: null, expiresAt: null } } };
  }
  if (!options.passwordStdin && !ctx.canPrompt) throw new UsageError(ctx.t['http.secretMissing']);
  const login = await askLogin(ctx, options);
  const password = options.passwordStdin ? await secretFromStdin(ctx, '--password-stdin') : await ctx.prompter.password(ctx.t['http.passwordPrompt']);
  if (password === '') throw new UsageError(ctx.t['http.secretMissing']);
  return { login, pending: { login, password, tokens: null } };
}

export async function runAccountAddHttp(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'now' | 'paths' | 'prompter' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: AccountAddOptions,
): Promise<number> {
  const endpoint = await askEndpoint(ctx, options);
  const { login, pending } = await askCredentials(ctx, options);
  const account: AccountConfig = { provider: 'http', endpoint, login, authEndpoint: null, createdAt: ctx.now().toISOString(), credentials: 'none' };

  // Log in and list the lines before storing anything: a wrong password or endpoint leaves no trace.
  const lines = await withProgress(ctx, () => ctx.t['progress.loggingIn'](options.name), async () =>
    (await ctx.provider({ name: options.name, kind: 'http', account, pending })).listLines(),
  );
  const tokens = pending.tokens;
  if (tokens === null) throw new Error('logged in without tokens');

  const store = credentialStoreFor(ctx.paths, ctx.env);
  // The name is claimed and the tokens stored under the config lock: of several `account add` of one name at
  // once, exactly one gets past the check, and only that one ever writes (or, failing, removes) its tokens.
  let saved: CredentialLocation | null = null;
  let madeDefault: boolean;
  try {
    madeDefault = await ctx.config.update(async (config) => {
      if (own(config.accounts, options.name)) throw new UsageError(ctx.t['account.exists'](options.name));
      saved = await withProgress(ctx, () => ctx.t['progress.savingTokens'], () => store.saveNew(options.name, tokens));
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
    await printJson(ctx, { name: options.name, provider: 'http', endpoint, lines: lines.length, credentials: location, default: madeDefault });
  } else {
    ctx.io.stderr.write(`${ctx.t['account.added'](options.name, lines.length)}\n`);
    if (madeDefault) ctx.io.stderr.write(`${ctx.t['account.nowDefault'](options.name)}\n`);
  }
  return 0;
}
