// The second half of `leb status`, whatever the statuses came from (the provider, or the cache): labels and
// notes, filters, then JSON, CSV, or the table with its footer.

import type { Context } from '../../app/context.js';
import type { LineView } from '../../app/lines.js';
import { mapPool } from '../../app/pool.js';
import { withProgress } from '../../app/progress.js';
import { sortByUrgency, statusJson } from '../../app/status-json.js';
import { attachNotes } from '../../app/line-notes.js';
import { InterruptedError } from '../../errors.js';
import { warnStaleEstimates } from '../../app/tracked/stale.js';
import { cheapestRenewal, type RenewalCost } from '../../domain/renewal-cost.js';
import { layoutTable, noteHidden, printJson, printText, type RenderedTable } from '../../io/output.js';
import type { StatusOptions } from './status.command.js';
import { statusCsv } from './status.csv.js';
import { applyFilters, hasFilters } from './status.filters.js';
import { needsRenewal, statusFooter } from './status.footer.js';
import { defaultStatusColumns, STATUS_DROP_ORDER, STATUS_SHRINK, statusCells, statusHeads } from './status.render.js';
import type { StatusColumn } from './status.columns.js';
import { displayWidth } from '../../io/width.js';

const PLAN_CONCURRENCY = 8;

export interface Shown {
  views: readonly LineView[];
  exitCode: number;
  /** Some account could not be read (already reported). */
  anyFailure: boolean;
}

export async function showStatus(
  ctx: Pick<Context, 'color' | 'config' | 'debug' | 'globals' | 'io' | 'locale' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: StatusOptions,
  shown: Shown,
): Promise<number> {
  const all = sortByUrgency(attachNotes(shown.views, ctx.config.read()));
  const views = applyFilters(all, options);
  const { exitCode } = shown;
  warnStaleEstimates(ctx, views);

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
  const table = statusTable(ctx, options, views);
  await printText(ctx, table.text);
  noteHidden(ctx, table.hidden);

  const atRisk = views.filter(needsRenewal);
  const footer = statusFooter(ctx.t, ctx.locale, views, await renewalCosts(ctx, atRisk));
  // Under the table for a person; on stderr when piped, so the tab-separated rows stay rows.
  if (ctx.io.stdoutIsTTY) await printText(ctx, ctx.color.out.dim(footer));
  else ctx.io.stderr.write(`${footer}\n`);
  return exitCode;
}

/**
 * The table, fitted to the terminal: first without the validity bars and with short headings, then with
 * flexible columns cut short, then with the least important columns hidden (named on stderr). --columns picks and orders the columns and
 * hides none; --wide shows them all in full.
 */
function statusTable(ctx: Pick<Context, 'color' | 'io' | 'locale' | 't'>, options: StatusOptions, views: readonly LineView[]): RenderedTable {
  const columns = options.columns ?? defaultStatusColumns(new Set(views.map((v) => v.target.name)).size > 1, views.some((v) => v.label));
  const indexes = (names: readonly StatusColumn[]) => names.map((name) => columns.indexOf(name)).filter((index) => index >= 0);
  // A cut number keeps the number itself whole; only the alias after it gives way.
  // A cut number keeps the number itself whole (and the space after it); only the alias gives way.
  const minWidths = { [columns.indexOf('number')]: 2 + Math.max(0, ...views.map((v) => displayWidth(v.status.number ?? v.status.iccid ?? ''))) };
  const layout = (roomy: boolean) => {
    const bars = roomy && ctx.io.stdoutIsTTY;
    const heads = statusHeads(ctx.t, !roomy);
    return layoutTable(
      ctx,
      columns.map((name) => heads[name]),
      views.map((view) => {
        const cells = statusCells(view, { t: ctx.t, locale: ctx.locale, color: ctx.color.out, bars });
        return columns.map((name) => cells[name]);
      }),
      { dropOrder: options.columns === null ? indexes(STATUS_DROP_ORDER) : [], shrink: indexes(STATUS_SHRINK), minWidths, wide: options.wide },
    );
  };
  // Piped rows keep their full headings: only a terminal too narrow for the roomy table gets the short ones.
  const roomy = layout(true);
  return roomy.squeezed ? layout(false) : roomy;
}

/** The least each line at risk costs to renew. Cached lines (provider unreachable) are priced by top-up alone. */
async function renewalCosts(ctx: Pick<Context, 'debug' | 'provider' | 'spinner' | 't'>, views: readonly LineView[]): Promise<Array<RenewalCost | null>> {
  if (views.length === 0) return [];
  let done = 0;
  return withProgress(ctx, () => ctx.t['progress.pricing'](0, views.length), (update) =>
    mapPool(views, PLAN_CONCURRENCY, async (view) => {
      const cost = await renewalCost(ctx, view);
      const count = ++done;
      update(() => ctx.t['progress.pricing'](count, views.length));
      return cost;
    }),
  );
}

async function renewalCost(ctx: Pick<Context, 'debug' | 'provider'>, view: LineView): Promise<RenewalCost | null> {
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
