import type { Context } from '../../context.js';
import { fetchLineViews, resolveLine } from '../../app/lines.js';
import { sortByUrgency, statusJson } from '../../app/status-json.js';
import { allTargets } from '../../app/targets.js';
import { describeError } from '../../cli/report.js';
import { ExitCode } from '../../errors.js';
import { printJson, printText, renderTable } from '../../io/output.js';
import type { StatusOptions } from './status.command.js';
import { statusDropOrder, statusHead, statusRow } from './status.render.js';

export async function runStatus(ctx: Context, options: StatusOptions): Promise<number> {
  const targets = allTargets(ctx);
  const { warnDays } = ctx.config.read().settings;
  const only = options.line === null ? undefined : await resolveLine(ctx, targets, options.line);
  const spinner = await ctx.spinner(ctx.t['status.fetching'](0));
  let result;
  try {
    result = await fetchLineViews(ctx, targets, {
      warnDays,
      ...(only ? { only } : {}),
      ...(options.concurrency === null ? {} : { concurrency: options.concurrency }),
      onProgress: (done, total) => spinner.update(`${ctx.t['status.fetching'](total)} ${done}/${total}`),
    });
  } finally {
    spinner.stop();
  }
  const views = sortByUrgency(result.views);

  // A failing account never hides the others: report it on stderr and exit with its code.
  let exitCode: number = ExitCode.ok;
  for (const failure of result.failures) {
    const reported = describeError(ctx.t, failure.error);
    ctx.warn(reported.message);
    if (exitCode === ExitCode.ok) exitCode = reported.exitCode;
  }

  if (ctx.globals.json) {
    await printJson(ctx, views.map((view) => statusJson(view, ctx.timeZone)));
    return exitCode;
  }
  if (views.length === 0) {
    if (result.failures.length === 0) ctx.io.stderr.write(`${ctx.t['status.noLines']}\n`);
    return exitCode;
  }
  const cells = {
    t: ctx.t,
    locale: ctx.locale,
    color: ctx.color.out,
    showAccount: new Set(views.map((v) => v.target.name)).size > 1,
    bars: ctx.io.stdoutIsTTY,
  };
  await printText(ctx, await renderTable(ctx, statusHead(cells), views.map((view) => statusRow(view, cells)), { dropOrder: statusDropOrder(cells) }));
  return exitCode;
}
