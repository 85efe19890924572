import { rmSync } from 'node:fs';
import type { Context } from '../../context.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { sandboxFile } from '../../providers/open.js';
import type { AccountNameOptions } from './account.command.js';

export async function runAccountRemove(ctx: Context, options: AccountNameOptions): Promise<number> {
  const account = ctx.config.read().accounts[options.name];
  if (!account) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
  if (!ctx.globals.yes) {
    if (!ctx.canPrompt) throw new UsageError(ctx.t['account.removeNeedsYes'](options.name));
    const confirmed = await ctx.prompter.confirm(ctx.t['account.removeConfirm'](options.name), false);
    if (!confirmed) throw new LebError(ExitCode.cancelled, ctx.t['account.cancelled']);
  }
  await ctx.config.update((config) => {
    delete config.accounts[options.name];
    if (config.defaultAccount === options.name) config.defaultAccount = null;
    for (const key of Object.keys(config.lines)) if (key.startsWith(`${options.name}/`)) delete config.lines[key];
  });
  if (account.provider === 'sandbox') {
    rmSync(sandboxFile(ctx.paths.sandbox, { name: options.name, kind: 'sandbox', account }), { force: true });
  }
  if (account.credentials === 'keyring' || account.credentials === 'file') {
    const { credentialStoreFor } = await import('../../store/credentials.js');
    const where = account.credentials;
    // The account is gone either way; a keyring that fails to delete is worth a warning, not a failure.
    await credentialStoreFor(ctx.paths, ctx.env)
      .remove(options.name, where)
      .catch((error: unknown) => ctx.warn(ctx.t['credentials.removeFailed'](options.name, (error as Error).message)));
  }
  ctx.io.stderr.write(`${ctx.t['account.removed'](options.name)}\n`);
  return 0;
}
