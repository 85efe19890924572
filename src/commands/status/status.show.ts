// The second half of `leb status`, whatever the statuses came from (the provider, or the cache): labels and
// notes, filters, then JSON, CSV, or the table with its footer.

import type { Context } from '../../context.js';
import type { LineView } from '../../app/lines.js';
import { mapPool } from '../../app/pool.js';
import { withProgress } from '../../app/progress.js';
import { sortByUrgency, statusJson } from '../../app/status-json.js';
import { attachNotes } from '../../app/watch/notes.js';
import { InterruptedError } from '../../errors.js';
import { cheapestRenewal, type RenewalCost } from '../../domain/renewal-cost.js';
import { printJson, printText, renderTable } from '../../io/output.js';
import type { StatusOptions } from './status.command.js';
import { statusCsv } from './status.csv.js';
import { applyFilters, hasFilters } from './status.filters.js';
import { needsRenewal, statusFooter } from './status.footer.js';
import { statusDropOrder, statusHead, statusRow } from './status.render.js';

const PLAN_CONCURRENCY = 8;

export interface Shown {
  views: readonly LineView[];
  exitCode: number;
  /** Some account could not be read (already reported). */
  anyFailure: boolean;
}

export async function showStatus(ctx: Context, options: StatusOptions, shown: Shown): Promise<number> {
  const all = sortByUrgency(attachNotes(shown.views, ctx.config.read()));
  const views = applyFilters(all, options);
  const { exitCode } = shown;

  if (ctx.globals.json) {
    await printJson(ctx, views.map((view) => statusJson(view, ctx.timeZone)));
    return exitCode;
  }
  if (options.csv) {
    await printText(ctx, statusCsv(views, ctx.timeZone));
    return exitCode;
  }
  if (views.length === 0) {
    if (all.length > 0 && hasFilters(options)) ctx.io.stderr.write(`${ctx.t['status.filter.noMatch']}\n`);
    else if (!shown.anyFailure) ctx.io.stderr.write(`${ctx.t['status.noLines']}\n`);
    return exitCode;
  }
  const cells = {
    t: ctx.t,
    locale: ctx.locale,
    color: ctx.color.out,
    showAccount: new Set(views.map((v) => v.target.name)).size > 1,
    bars: ctx.io.stdoutIsTTY,
  };
  // The label goes last, so the columns that give way on a narrow terminal keep their places.
  const labels = views.some((v) => v.label);
  const head = [...statusHead(cells), ...(labels ? [ctx.t['status.col.label']] : [])];
  const rows = views.map((view) => [...statusRow(view, cells), ...(labels ? [view.label ?? ''] : [])]);
  await printText(ctx, await renderTable(ctx, head, rows, { dropOrder: statusDropOrder(cells) }));

  const atRisk = views.filter(needsRenewal);
  const footer = statusFooter(ctx.t, ctx.locale, views, await renewalCosts(ctx, atRisk));
  // Under the table for a person; on stderr when piped, so the tab-separated rows stay rows.
  if (ctx.io.stdoutIsTTY) await printText(ctx, ctx.color.out.dim(footer));
  else ctx.io.stderr.write(`${footer}\n`);
  return exitCode;
}

/** The least each line at risk costs to renew. Cached lines (provider unreachable) are priced by top-up alone. */
async function renewalCosts(ctx: Context, views: readonly LineView[]): Promise<Array<RenewalCost | null>> {
  if (views.length === 0) return [];
  let done = 0;
  return withProgress(ctx, ctx.t['progress.pricing'](0, views.length), (update) =>
    mapPool(views, PLAN_CONCURRENCY, async (view) => {
      const cost = await renewalCost(ctx, view);
      update(ctx.t['progress.pricing'](++done, views.length));
      return cost;
    }),
  );
}

async function renewalCost(ctx: Context, view: LineView): Promise<RenewalCost | null> {
  let plans = null;
  if (!view.stale) {
    try {
      plans = await (await ctx.provider(view.target)).plans(view.status.id);
    } catch (error) {
      // A missing price only shortens the footer; Ctrl-C still ends the run.
      if (error instanceof InterruptedError) throw error;
      ctx.debug(`plans of ${view.target.name}/${view.status.id}: ${(error as Error).message}`);
    }
  }
  return cheapestRenewal(view.status.rules, plans);
}
