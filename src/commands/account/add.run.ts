import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';
import { own } from '../../store/shape.js';
import type { ProviderKind } from '../../providers/port.js';
import type { AccountAddOptions } from './account.command.js';
import { checkAccountName } from '../../app/account-name.js';

async function chooseProvider(ctx: Pick<Context, 'canPrompt' | 'prompter' | 't'>, options: AccountAddOptions): Promise<ProviderKind> {
  if (options.provider !== null) return options.provider;
  if (!ctx.canPrompt) throw new UsageError(ctx.t['account.providerMissing']);
  return ctx.prompter.select<ProviderKind>(ctx.t['help.account.provider'], [
    { value: 'sandbox', name: 'sandbox' },
    { value: 'http', name: 'http' },
    { value: 'airalo', name: 'airalo' },
    { value: 'reloadly', name: 'reloadly' },
  ], 'sandbox');
}

export async function runAccountAdd(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'locale' | 'now' | 'paths' | 'prompter' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: AccountAddOptions,
): Promise<number> {
  checkAccountName(ctx, options.name);
  if (own(ctx.config.read().accounts, options.name)) throw new UsageError(ctx.t['account.exists'](options.name));
  const kind = await chooseProvider(ctx, options);
  if (kind !== 'airalo' && kind !== 'reloadly' && (options.clientId !== null || options.secretStdin)) throw new UsageError(ctx.t['airalo.flagsForAiralo']);
  if (kind !== 'reloadly' && (options.environment !== null || options.authEndpoint !== null)) throw new UsageError(ctx.t['reloadly.flagsForReloadly']);
  if (kind === 'reloadly') return (await import('./add-reloadly.run.js')).runAccountAddReloadly(ctx, options);
  if (kind === 'http') return (await import('./add-http.run.js')).runAccountAddHttp(ctx, options);
  if (kind === 'airalo') return (await import('./add-airalo.run.js')).runAccountAddAiralo(ctx, options);
  if (kind !== 'sandbox') throw new UsageError(ctx.t['account.providerNotYet'](kind));

  const account: AccountConfig = { provider: kind, endpoint: null, login: null, authEndpoint: null, createdAt: ctx.now().toISOString(), credentials: 'none' };
  // Log in (for the sandbox: seed its lines) before saving, so a failed login leaves no half-made account.
  const provider = await ctx.provider({ name: options.name, kind, account });
  const lines = await provider.listLines();

  const madeDefault = await ctx.config.update((config) => {
    if (own(config.accounts, options.name)) throw new UsageError(ctx.t['account.exists'](options.name));
    config.accounts[options.name] = account;
    const first = config.defaultAccount === null;
    if (first) config.defaultAccount = options.name;
    return first;
  });

  if (ctx.globals.json) {
    await printJson(ctx, { name: options.name, provider: kind, lines: lines.length, default: madeDefault });
  } else {
    ctx.io.stderr.write(`${ctx.t['account.added'](options.name, lines.length)}\n`);
    if (madeDefault) ctx.io.stderr.write(`${ctx.t['account.nowDefault'](options.name)}\n`);
  }
  return 0;
}
