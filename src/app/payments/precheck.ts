// Refuse a payment before anything is fetched or sent when the run cannot finish it: without a terminal every
// value must come as a flag and --yes must confirm (a piped "y" never does).

import type { Context } from '../context.js';
import { UsageError } from '../../errors.js';

/** Why this run cannot ask, in words: "with --no-input", "under CI", "without a terminal". */
export function whyNoPrompt(ctx: Pick<Context, 'noPromptReason' | 't'>): string {
  const reason = ctx.noPromptReason ?? 'not-a-terminal';
  return ctx.t[`noPrompt.${reason}` as const];
}

/**
 * Every flag that must come from the command line and did not, named at once ("--line and --amount"). A
 * missing --line alone is left to pickLine (one line needs no --line); beside another missing flag it is named
 * too, so a script is fixed in one go.
 */
export function requireScriptedPayment(
  ctx: Pick<Context, 'canPrompt' | 'globals' | 'noPromptReason' | 't'>,
  line: string | null,
  missing: { flag: string; absent: boolean }[],
  dryRun: boolean,
): void {
  if (ctx.canPrompt) return;
  const others = missing.filter((m) => m.absent).map((m) => m.flag);
  const absent = others.length > 0 && line === null ? ['--line', ...others] : others;
  if (absent.length > 0) throw new UsageError(ctx.t['pay.missingFlags'](joinFlags(ctx, absent), whyNoPrompt(ctx)));
  if (!ctx.globals.yes && !dryRun) throw new UsageError(ctx.t['pay.needsYes'](whyNoPrompt(ctx)));
}

function joinFlags(ctx: Pick<Context, 't'>, flags: string[]): string {
  if (flags.length <= 1) return flags.join('');
  return `${flags.slice(0, -1).join(', ')}${ctx.t['usage.and']}${flags.at(-1)}`;
}
