// `leb plans --until <date>`: the cheapest sequence of renewals and top-ups that keeps one line active through
// the end of that date in the user's time zone, from the provider's own plans and recharge table.

import type { Context } from '../../app/context.js';
import { pickLine } from '../../app/pick-line.js';
import { withProgress } from '../../app/progress.js';
import { allTargets } from '../../app/targets.js';
import { toEpochDay, type LocalDate } from '../../domain/dates.js';
import { planKeepAlive } from '../../domain/planner.js';
import { fallbackSuffix, providerToday } from '../../domain/quote.js';
import { lineValidity } from '../../app/lines.js';
import { providerUntil, untilHorizon, UNTIL_HORIZON_YEARS } from '../../domain/until.js';
import { numberKeptUntil, today } from '../../domain/validity.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { printJson, printText, renderTable } from '../../io/output.js';
import { needsSchedule, printSchedule } from './plans-tracked.js';
import { untilJson, untilRows, untilHead, untilSummary } from './plans-until.render.js';

export async function runPlansUntil(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'globals' | 'io' | 'locale' | 'now' | 'prompter' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  lineRef: string | null,
  until: LocalDate,
  wide = false,
): Promise<number> {
  const now = ctx.now();
  const userToday = today(now, ctx.timeZone);
  if (toEpochDay(until) < toEpochDay(userToday)) throw new UsageError(ctx.t['plans.until.past'](until, userToday));
  const horizon = untilHorizon(userToday);
  if (toEpochDay(until) > toEpochDay(horizon)) throw new UsageError(ctx.t['plans.until.tooFar'](until, UNTIL_HORIZON_YEARS, horizon));

  const found = await pickLine(ctx, allTargets(ctx), lineRef, `plans --until ${until}`);
  const [status, plans] = await withProgress(ctx, () => ctx.t['progress.plans'](found.line.id), () =>
    Promise.all([found.provider.lineStatus(found.line.id), found.provider.plans(found.line.id)]),
  );
  const current = lineValidity(status, now, ctx.timeZone);
  if (current.state === 'recycled') throw new LebError(ExitCode.refused, ctx.t['plans.until.recycled'](status.id));

  const suffix = fallbackSuffix(status.expiresAt);
  const providerDay = providerToday(status.expiresAt, now, ctx.timeZone);
  const carrierUntil = providerUntil(until, ctx.timeZone, suffix, providerDay);
  if (needsSchedule(status, plans.length)) return printSchedule(ctx, found, status, until, providerDay, carrierUntil, wide);
  const plan = planKeepAlive({
    rules: status.rules,
    plans,
    expiresAt: status.expiresAt,
    today: providerDay,
    until: carrierUntil,
    fallbackTime: fallbackSuffix(null),
  });
  if (plan === null) throw new LebError(ExitCode.refused, ctx.t['plans.until.impossible'](status.id));
  const keptUntil = numberKeptUntil(plan.expiresAt, status.rules.graceDays);

  if (ctx.globals.json) {
    await printJson(ctx, untilJson({ account: found.target.name, line: status.id, until, keptUntil, plan }));
    return 0;
  }
  const text = { t: ctx.t, locale: ctx.locale };
  if (plan.steps.length === 0) {
    await printText(ctx, untilSummary(text, status.id, until, plan, keptUntil));
    return 0;
  }
  const table = await renderTable(ctx, untilHead(text), untilRows(text, plan), { wide });
  await printText(ctx, `${table}\n${untilSummary(text, status.id, until, plan, keptUntil)}`);
  return 0;
}
