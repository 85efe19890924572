import type { Context } from '../../app/context.js';
import { layoutTable, noteHidden, printJson, printText } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';
import { formatMoney, toJson, type Money } from '../../domain/money.js';
import { accountTarget } from '../../app/targets.js';
import type { AccountListOptions } from './account.command.js';

function whereCredentials(ctx: Pick<Context, 'paths' | 't'>, account: AccountConfig): string {
  switch (account.credentials) {
    case 'keyring':
      return ctx.t['account.credentials.keyring'];
    case 'file':
      return ctx.t['account.credentials.file'](ctx.paths.credentials);
    default:
      return ctx.t['account.credentials.none'];
  }
}

/**
 * The balance of accounts that pay from one (a Reloadly wallet), asked for now; null for the others and for one
 * that cannot be reached (said on stderr, the listing still shows).
 */
async function balances(ctx: Pick<Context, 'config' | 'describe' | 'provider' | 'warn'>, names: string[]): Promise<Map<string, Money | null>> {
  const config = ctx.config.read();
  const found = new Map<string, Money | null>();
  await Promise.all(
    names.map(async (name) => {
      const target = accountTarget(config, name);
      if (target?.kind !== 'reloadly') return;
      try {
        const provider = await ctx.provider(target);
        found.set(name, (await provider.accountBalance?.()) ?? null);
      } catch (error) {
        found.set(name, null);
        ctx.warn(ctx.describe(error).message);
      }
    }),
  );
  return found;
}

export async function runAccountList(
  ctx: Pick<Context, 'color' | 'config' | 'describe' | 'globals' | 'io' | 'locale' | 'paths' | 'provider' | 'spinner' | 't' | 'warn'>,
  options: AccountListOptions,
): Promise<number> {
  const config = ctx.config.read();
  const names = Object.keys(config.accounts).sort();
  const withWallet = names.filter((name) => config.accounts[name]?.provider === 'reloadly');
  let wallets = new Map<string, Money | null>();
  if (withWallet.length > 0) {
    const spinner = await ctx.spinner(() => ctx.t['account.readingBalances']);
    try {
      wallets = await balances(ctx, withWallet);
    } finally {
      spinner.stop();
    }
  }
  const balanceOf = (name: string) => wallets.get(name) ?? null;
  if (ctx.globals.json) {
    await printJson(
      ctx,
      names.map((name) => {
        const a = config.accounts[name] as AccountConfig;
        const balance = balanceOf(name);
        return { name, provider: a.provider, endpoint: a.endpoint, login: a.login, credentials: a.credentials, default: name === config.defaultAccount, balance: balance === null ? null : toJson(balance) };
      }),
    );
    return 0;
  }
  if (names.length === 0) {
    ctx.io.stderr.write(`${ctx.t['account.listEmpty']}\n`);
    return 0;
  }
  const { t } = ctx;
  const rows = names.map((name) => {
    const a = config.accounts[name] as AccountConfig;
    const balance = balanceOf(name);
    return [name, a.provider, a.endpoint ?? '—', a.login ?? '—', whereCredentials(ctx, a), balance === null ? '—' : formatMoney(balance, ctx.locale), name === config.defaultAccount ? '*' : ''];
  });
  const head = [t['account.col.name'], t['account.col.provider'], t['account.col.endpoint'], t['account.col.login'], t['account.col.credentials'], t['account.col.balance'], t['account.col.default']];
  // Too narrow: endpoint, login and where the credentials are (a file path) are cut, then hidden, credentials
  // first; the name (what every --account takes), provider, balance and the default mark stay whole.
  const table = layoutTable(ctx, head, rows, { shrink: [2, 3, 4], dropOrder: [4, 3, 2], wide: options.wide });
  await printText(ctx, table.text);
  noteHidden(ctx, table.hidden, t['table.hiddenWide']);
  return 0;
}
