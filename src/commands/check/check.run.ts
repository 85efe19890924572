import type { Context } from '../../app/context.js';
import { fetchLineViews, reportFailures } from '../../app/lines.js';
import { sortByUrgency, statusJson } from '../../app/status-json.js';
import { allTargets } from '../../app/targets.js';
import { checkExitCode, hookEnv, isAtRisk, riskMessage } from './check.risk.js';
import { runHook, type HookOutcome } from './check.hook.js';
import { attachNotes } from '../../app/line-notes.js';
import { warnStaleEstimates } from '../../app/tracked/stale.js';
import { ExitCode } from '../../errors.js';
import { printJson, printText } from '../../io/output.js';
import type { CheckOptions } from './check.command.js';
import { checkText } from './check.render.js';

/**
 * For cron: read every line, print only those at risk, run the hook for each, and exit 0/10/11. An account that
 * cannot be read is reported and exits with its own code (4, 5, ...), unless a line elsewhere is critical (11):
 * a check that could not look must not pass as "all well", and a known emergency outranks an unknown.
 */
export async function runCheck(
  ctx: Pick<Context, 'color' | 'config' | 'describe' | 'env' | 'error' | 'globals' | 'io' | 'now' | 'outsideTimeout' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: CheckOptions,
): Promise<number> {
  const targets = allTargets(ctx);
  const config = ctx.config.read();
  const warnDays = options.warnDays ?? config.settings.warnDays;
  const exec = options.exec === false ? null : (options.exec ?? config.settings.exec);

  const result = await fetchLineViews(ctx, targets, { warnDays });
  const atRisk = sortByUrgency(attachNotes(result.views, config).filter(isAtRisk));

  const failureCode = reportFailures(ctx, result.failures);
  warnStaleEstimates(ctx, result.views);

  const messages = atRisk.map((view) => riskMessage(ctx.t, view));
  if (ctx.globals.json) await printJson(ctx, atRisk.map((view) => ({ ...statusJson(view, ctx.timeZone), risk: view.risk })));
  else if (atRisk.length > 0) await printText(ctx, checkText(messages, atRisk, ctx.color.out));

  if (exec !== null) {
    for (const [index, view] of atRisk.entries()) {
      // The hook has its own limit (check.hook.ts); --timeout bounds leb's work, not the user's command.
      const outcome = await ctx.outsideTimeout(() => runHook({ command: exec, env: { ...ctx.env, ...hookEnv(view, messages[index] as string) }, output: ctx.io.stderr }));
      if (!outcome.ok) ctx.warn(ctx.t['check.execFailed'](view.status.id, hookFailure(ctx, outcome)));
    }
  }

  const code = checkExitCode(atRisk);
  if (code === ExitCode.checkCritical || failureCode === null) return code;
  return failureCode;
}

function hookFailure(ctx: Pick<Context, 't'>, outcome: Exclude<HookOutcome, { ok: true }>): string {
  switch (outcome.reason) {
    case 'exit':
      return ctx.t['check.execExit'](outcome.code);
    case 'signal':
      return ctx.t['check.execSignal'](outcome.signal);
    case 'timeout':
      return ctx.t['check.execTimeout'](outcome.seconds);
    case 'spawn':
      return outcome.message;
  }
}
