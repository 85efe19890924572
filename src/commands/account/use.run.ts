import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { own } from '../../store/shape.js';
import { printJson } from '../../io/output.js';
import type { AccountNameOptions } from './account.command.js';

export async function runAccountUse(ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 't'>, options: AccountNameOptions): Promise<number> {
  await ctx.config.update((config) => {
    if (!own(config.accounts, options.name)) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
    config.defaultAccount = options.name;
  });
  if (ctx.globals.json) await printJson(ctx, { defaultAccount: options.name });
  else ctx.io.stderr.write(`${ctx.t['account.nowDefault'](options.name)}\n`);
  return 0;
}
