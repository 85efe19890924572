// Refuse a payment before anything is fetched or sent when the run cannot finish it: without a terminal every
// value must come as a flag and --yes must confirm (a piped "y" never does).

import type { Context } from '../context.js';
import { UsageError } from '../../errors.js';

export function requireScriptedPayment(ctx: Context, missing: { flag: string; absent: boolean }[], dryRun: boolean): void {
  if (ctx.canPrompt) return;
  const absent = missing.find((m) => m.absent);
  if (absent) throw new UsageError(ctx.t['pay.missingFlag'](absent.flag));
  if (!ctx.globals.yes && !dryRun) throw new UsageError(ctx.t['pay.needsYes']);
}
