import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyStore } from '../../store/policies.js';
import type { Context } from '../../app/context.js';
import { ExitCode, LebError, StateError, UsageError } from '../../errors.js';
import { sandboxFile } from '../../providers/open.js';
import { own } from '../../store/shape.js';
import { readStatusCache, statusCacheFile, updateStatusCache } from '../../app/status-cache.js';
import { whyNoPrompt } from '../../app/payments/precheck.js';
import { printJson } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';
import type { AccountNameOptions } from './account.command.js';

/** The stored accounts' policies (never the embedded sandbox's, whatever --sandbox says). */
const accountPolicies = (ctx: Pick<Context, 'paths'>) => new PolicyStore(join(ctx.paths.home, 'policies.json'));

/** What goes with an account besides its entry: counted before asking, so the question can say it. */
interface Removal {
  labels: number;
  notes: number;
  cachedLines: number;
  /** Lines tracked by hand under a manual account (they go with it; their recorded orders stay). */
  trackedLines: number;
  /** Keep-alive policies on its lines (leb keep). */
  policies: number;
  credentials: boolean;
}

async function whatGoesWith(ctx: Pick<Context, 'config' | 'paths'>, name: string, account: AccountConfig): Promise<Removal> {
  const notes = Object.entries(ctx.config.read().lines).filter(([key]) => key.startsWith(`${name}/`));
  let cachedLines = 0;
  try {
    cachedLines = readStatusCache(statusCacheFile(ctx.paths)).filter((e) => e.account === name).length;
  } catch (error) {
    // A cache that does not parse is replaced on the next fetch; it does not stop a removal.
    if (!(error instanceof StateError)) throw error;
  }
  let trackedLines = 0;
  if (account.provider === 'manual') {
    // A lines.json that does not parse stops the removal here (exit 9, naming it), before anything is deleted.
    const { TrackedLineStore } = await import('../../store/tracked-lines.js');
    trackedLines = new TrackedLineStore(ctx.paths.tracked).read().filter((l) => l.account === name).length;
  }
  // A policies.json that does not parse stops the removal here too (exit 9, naming it).
  const policies = accountPolicies(ctx).read().filter((p) => p.account === name).length;
  return {
    policies,
    labels: notes.filter(([, n]) => n.label !== null).length,
    notes: notes.filter(([, n]) => n.note !== null).length,
    cachedLines,
    trackedLines,
    credentials: account.credentials === 'keyring' || account.credentials === 'file',
  };
}

function describeRemoval(ctx: Pick<Context, 't'>, removal: Removal): string {
  const { t } = ctx;
  const parts = [
    removal.credentials ? t['account.removes.credentials'] : null,
    removal.trackedLines > 0 ? t['account.removes.tracked'](removal.trackedLines) : null,
    removal.policies > 0 ? t['account.removes.policies'](removal.policies) : null,
    removal.labels > 0 ? t['account.removes.labels'](removal.labels) : null,
    removal.notes > 0 ? t['account.removes.notes'](removal.notes) : null,
    removal.cachedLines > 0 ? t['account.removes.cache'](removal.cachedLines) : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? t['account.removes.nothingElse'] : t['account.removes.also'](parts.join(t['account.removes.separator']));
}

export async function runAccountRemove(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'env' | 'globals' | 'io' | 'noPromptReason' | 'paths' | 'prompter' | 't' | 'warn'>,
  options: AccountNameOptions,
): Promise<number> {
  const account = own(ctx.config.read().accounts, options.name);
  if (!account) throw new UsageError(ctx.t['account.unknown'](options.name), ctx.t['account.unknownHint']);
  const removal = await whatGoesWith(ctx, options.name, account);
  if (!ctx.globals.yes) {
    if (!ctx.canPrompt) throw new UsageError(ctx.t['account.removeNeedsYes'](options.name, whyNoPrompt(ctx)), describeRemoval(ctx, removal));
    ctx.io.stderr.write(`${describeRemoval(ctx, removal)}\n`);
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
  if (removal.policies > 0) {
    await accountPolicies(ctx).update((policies) => {
      for (let i = policies.length - 1; i >= 0; i--) if (policies[i]?.account === options.name) policies.splice(i, 1);
    });
  }
  if (removal.cachedLines > 0) await updateStatusCache(statusCacheFile(ctx.paths), { views: [], complete: [options.name] });
  if (account.provider === 'sandbox') {
    rmSync(sandboxFile(ctx.paths.sandbox, { name: options.name, kind: 'sandbox', account }), { force: true });
  }
  if (ctx.globals.json) await printJson(ctx, { removed: options.name, ...removal });
  else ctx.io.stderr.write(`${ctx.t['account.removed'](options.name)}\n`);
  return 0;
}
