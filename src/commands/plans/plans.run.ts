import type { Context } from '../../app/context.js';
import { withProgress } from '../../app/progress.js';
import { listAllLines, resolveLine, type FoundLine } from '../../app/lines.js';
import { allTargets, singleTarget } from '../../app/targets.js';
import { UsageError } from '../../errors.js';
import { formatMoney, toJson } from '../../domain/money.js';
import { planViews } from '../../domain/plans.js';
import { layoutTable, noteHidden, printJson, printText } from '../../io/output.js';
import type { PlansOptions } from './plans.command.js';
import { runPlansUntil } from './plans-until.run.js';

export async function runPlans(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'globals' | 'io' | 'locale' | 'now' | 'prompter' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  options: PlansOptions,
): Promise<number> {
  if (options.until !== null) return runPlansUntil(ctx, options.line, options.until, options.wide);
  const found = options.line !== null ? await resolveLine(ctx, allTargets(ctx), options.line) : await anyLineOfAccount(ctx);
  const plans = planViews(await withProgress(ctx, () => ctx.t['progress.plans'](found.line.id), () => found.provider.plans(found.line.id)));
  if (ctx.globals.json) {
    await printJson(
      ctx,
      plans.map((p) => ({ id: p.id, name: p.name, price: toJson(p.price), validityDays: p.validityDays, pricePerDay: toJson(p.pricePerDay) })),
    );
    return 0;
  }
  if (plans.length === 0) {
    // An Airalo eSIM's plans are the top-ups it may buy: none means it cannot be topped up at all.
    ctx.io.stderr.write(`${found.provider.kind === 'airalo' ? ctx.t['plans.noTopups'](found.line.id) : ctx.t['plans.none']}\n`);
    return 0;
  }
  const { t } = ctx;
  const rows = plans.map((p) => [
    p.id,
    p.name,
    formatMoney(p.price, ctx.locale),
    t['plans.validityDays'](p.validityDays),
    formatMoney(p.pricePerDay, ctx.locale),
  ]);
  // Too narrow: the plan's name is cut first, then the price per day and the name give way; the id (what
  // `renew --plan` takes), price and validity stay whole.
  const head = [t['plans.col.plan'], t['plans.col.name'], t['plans.col.price'], t['plans.col.validity'], t['plans.col.perDay']];
  const table = layoutTable(ctx, head, rows, { shrink: [1], dropOrder: [4, 1], wide: options.wide });
  await printText(ctx, table.text);
  noteHidden(ctx, table.hidden, t['table.hiddenWide']);
  return 0;
}

/** Without --line, the catalogue of the chosen account, as offered to its first line. */
async function anyLineOfAccount(ctx: Pick<Context, 'config' | 'globals' | 'provider' | 'spinner' | 't'>): Promise<FoundLine> {
  const [first] = await withProgress(ctx, () => ctx.t['progress.listing'](1), () => listAllLines(ctx, [singleTarget(ctx)]));
  if (!first) throw new UsageError(ctx.t['status.noLines']);
  return first;
}
