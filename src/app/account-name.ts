import type { Context } from './context.js';
import { UsageError } from '../errors.js';
import { EMBEDDED_SANDBOX } from '../providers/open.js';

const ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** Account names end up in file names and line references ("name/line"), so keep them plain. */
export function checkAccountName(ctx: Pick<Context, 't'>, name: string): void {
  if (!ACCOUNT_NAME.test(name)) throw new UsageError(ctx.t['account.invalidName'](name));
  if (name === EMBEDDED_SANDBOX) throw new UsageError(ctx.t['account.reservedName'](name));
}
