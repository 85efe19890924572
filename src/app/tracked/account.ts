// The local account tracked lines live under: `--account <name>` (made on first use), else "manual".

import type { Context } from '../context.js';
import { UsageError } from '../../errors.js';
import { checkAccountName } from '../account-name.js';

export const MANUAL_ACCOUNT = 'manual';

/**
 * The account name to track a line under, creating a `manual` account on first use. An existing account of
 * another kind cannot hold tracked lines (its provider reports its own lines).
 */
export async function ensureManualAccount(ctx: Pick<Context, 'config' | 'globals' | 'now' | 't'>): Promise<string> {
  const name = ctx.globals.account ?? MANUAL_ACCOUNT;
  checkAccountName(ctx, name);
  const existing = ctx.config.read().accounts[name];
  if (existing && existing.provider !== 'manual') throw new UsageError(ctx.t['tracked.accountNotManual'](name, existing.provider));
  if (!existing) {
    const createdAt = ctx.now().toISOString();
    await ctx.config.update((config) => {
      const again = config.accounts[name];
      if (again && again.provider !== 'manual') throw new UsageError(ctx.t['tracked.accountNotManual'](name, again.provider));
      config.accounts[name] ??= { provider: 'manual', endpoint: null, login: null, authEndpoint: null, createdAt, credentials: 'none' };
    });
  }
  return name;
}
