import type { Context } from '../../app/context.js';
import { printJson, printText, renderTable } from '../../io/output.js';
import type { AccountConfig } from '../../store/config.js';

function whereCredentials(ctx: Context, account: AccountConfig): string {
  switch (account.credentials) {
    case 'keyring':
      return ctx.t['account.credentials.keyring'];
    case 'file':
      return ctx.t['account.credentials.file'](ctx.paths.credentials);
    default:
      return ctx.t['account.credentials.none'];
  }
}

export async function runAccountList(ctx: Context): Promise<number> {
  const config = ctx.config.read();
  const names = Object.keys(config.accounts).sort();
  if (ctx.globals.json) {
    await printJson(
      ctx,
      names.map((name) => {
        const a = config.accounts[name] as AccountConfig;
        return { name, provider: a.provider, endpoint: a.endpoint, login: a.login, credentials: a.credentials, default: name === config.defaultAccount };
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
    return [name, a.provider, a.endpoint ?? '—', a.login ?? '—', whereCredentials(ctx, a), name === config.defaultAccount ? '*' : ''];
  });
  const head = [t['account.col.name'], t['account.col.provider'], t['account.col.endpoint'], t['account.col.login'], t['account.col.credentials'], t['account.col.default']];
  await printText(ctx, await renderTable(ctx, head, rows));
  return 0;
}
