import { rmSync } from 'node:fs';
import type { Context } from '../../app/context.js';
import { ExitCode, LebError, StateError, UsageError } from '../../errors.js';
import { sandboxFile } from '../../providers/open.js';
import { own } from '../../store/shape.js';
import type { AccountNameOptions } from './account.command.js';

export async function runAccountRemove(ctx: Context, options: AccountNameOptions): Promise<number> {
  const account = own(ctx.config.read().accounts, options.name);
  if (!account) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
  if (!ctx.globals.yes) {
    if (!ctx.canPrompt) throw new UsageError(ctx.t['account.removeNeedsYes'](options.name));
    const confirmed = await ctx.prompter.confirm(ctx.t['account.removeConfirm'](options.name), false);
    if (!confirmed) throw new LebError(ExitCode.cancelled, ctx.t['account.cancelled']);
  }
  // Tokens first: a credentials file that cannot be read or parsed stops the removal here (exit 9, naming it),
  // with the account still in place, instead of "removed" with its tokens left behind.
  if (account.credentials === 'keyring' || account.credentials === 'file') {
    const { credentialStoreFor } = await import('../../store/credentials.js');
    const where = account.credentials;
    // A keyring that fails to delete is worth a warning, not a failure: the entry is useless without the account.
    await credentialStoreFor(ctx.paths, ctx.env)
      .remove(options.name, where)
      .catch((error: unknown) => {
        if (error instanceof StateError) throw error;
        ctx.warn(ctx.t['credentials.removeFailed'](options.name, (error as Error).message));
      });
  }
  await ctx.config.update((config) => {
    delete config.accounts[options.name];
    if (config.defaultAccount === options.name) config.defaultAccount = null;
    for (const key of Object.keys(config.lines)) if (key.startsWith(`${options.name}/`)) delete config.lines[key];
  });
  if (account.provider === 'manual') {
    // Its tracked lines go with it (their recorded top-ups stay in the journal, like any account's orders).
    const { TrackedLineStore } = await import('../../store/tracked-lines.js');
    await new TrackedLineStore(ctx.paths.tracked).update((lines) => {
      for (let i = lines.length - 1; i >= 0; i--) if (lines[i]?.account === options.name) lines.splice(i, 1);
    });
  }
  if (account.provider === 'sandbox') {
    rmSync(sandboxFile(ctx.paths.sandbox, { name: options.name, kind: 'sandbox', account }), { force: true });
  }
  ctx.io.stderr.write(`${ctx.t['account.removed'](options.name)}\n`);
  return 0;
}
