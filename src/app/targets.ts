// Which accounts a command works on: --sandbox → the embedded sandbox only; --account / LEB_ACCOUNT → that one;
// otherwise every account (status) or the default, else the only one (commands that need exactly one).

import { ExitCode, LebError, UsageError } from '../errors.js';
import type { Context } from './context.js';
import { EMBEDDED_SANDBOX, type AccountTarget } from '../providers/open.js';
import type { Config } from '../store/config.js';
import { own } from '../store/shape.js';

export function embeddedSandbox(): AccountTarget {
  return { name: EMBEDDED_SANDBOX, kind: 'sandbox', account: null };
}

function notConfigured(ctx: Pick<Context, 't'>): LebError {
  return new LebError(ExitCode.notConfigured, ctx.t['account.none'], ctx.t['account.noneHint']);
}

function named(ctx: Pick<Context, 't'>, config: Config, name: string): AccountTarget {
  const target = accountTarget(config, name);
  if (!target) throw new UsageError(ctx.t['account.unknown'](name), ctx.t['account.unknownHint']);
  return target;
}

/** The stored account of that name as a target, or null when there is none. */
export function accountTarget(config: Config, name: string): AccountTarget | null {
  const account = own(config.accounts, name);
  return account ? { name, kind: account.provider, account } : null;
}

/** Every account the command should look at, in name order. */
export function allTargets(ctx: Pick<Context, 'config' | 'globals' | 't'>): AccountTarget[] {
  if (ctx.globals.sandbox) return [embeddedSandbox()];
  const config = ctx.config.read();
  if (ctx.globals.account !== null) return [named(ctx, config, ctx.globals.account)];
  const names = Object.keys(config.accounts).sort();
  if (names.length === 0) throw notConfigured(ctx);
  return names.map((name) => named(ctx, config, name));
}

/** Exactly one account: the chosen one, else the default, else the only one. */
export function singleTarget(ctx: Pick<Context, 'config' | 'globals' | 't'>): AccountTarget {
  if (ctx.globals.sandbox) return embeddedSandbox();
  const config = ctx.config.read();
  if (ctx.globals.account !== null) return named(ctx, config, ctx.globals.account);
  if (config.defaultAccount !== null && own(config.accounts, config.defaultAccount)) return named(ctx, config, config.defaultAccount);
  const names = Object.keys(config.accounts);
  if (names.length === 0) throw notConfigured(ctx);
  if (names.length === 1) return named(ctx, config, names[0] as string);
  throw new UsageError(ctx.t['account.ambiguous'](names.sort().join(', ')), ctx.t['account.ambiguousHint']);
}
