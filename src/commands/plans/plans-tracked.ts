// `plans --until` for a tracked line the planner cannot price: an activity rule (a call or an SMS costs what the
// user's tariff says) or a carrier whose amount or plan price is not known. The dates still matter most.

import type { Context } from '../../app/context.js';
import type { FoundLine } from '../../app/lines.js';
import { writtenDate, type LocalDate } from '../../domain/dates.js';
import { formatMoney, toJson, type Money } from '../../domain/money.js';
import { expiryIso } from '../../domain/carriers/keep.js';
import { scheduleKeepAlive, type Schedule } from '../../domain/carriers/schedule.js';
import { numberKeptUntil } from '../../domain/validity.js';
import { ExitCode, LebError } from '../../errors.js';
import { printJson, printText, renderTable } from '../../io/output.js';
import type { LineStatus, TrackedFacts } from '../../providers/port.js';
import { untilHead } from './plans-until.render.js';

/** True when the planner's priced search cannot serve this tracked line. */
export function needsSchedule(status: LineStatus, plansOffered: number): status is LineStatus & { tracked: TrackedFacts } {
  if (status.tracked === undefined) return false;
  return status.tracked.carrier.rule.kind === 'activity' || (status.rules.rechargeTable.length === 0 && plansOffered === 0);
}

/** The total when every step's price is known, else null. */
function totalOf(schedule: Schedule, currency: string): Money | null {
  let minor = 0;
  for (const step of schedule.steps) {
    if (step.action === 'activity') continue;
    if (step.amount === null) return null;
    minor += step.amount.minor;
  }
  return { minor, currency };
}

export async function printSchedule(
  ctx: Pick<Context, 'color' | 'globals' | 'io' | 'locale' | 't'>,
  found: FoundLine,
  status: LineStatus & { tracked: TrackedFacts },
  until: LocalDate,
  carrierToday: LocalDate,
  carrierUntil: LocalDate,
  wide = false,
): Promise<number> {
  const { carrier, state } = status.tracked;
  const schedule = scheduleKeepAlive(carrier, state, carrierToday, carrierUntil);
  if (schedule === null) throw new LebError(ExitCode.refused, ctx.t['plans.until.impossible'](status.id));
  const expiresAt = expiryIso(carrier, schedule.expiresOn);
  const keptUntil = numberKeptUntil(expiresAt, status.rules.graceDays);
  const total = totalOf(schedule, carrier.currency);
  if (ctx.globals.json) {
    await printJson(ctx, {
      account: found.target.name,
      line: status.id,
      until,
      keptUntil,
      expiresAt,
      total: total === null ? null : toJson(total),
      steps: schedule.steps.map((s) => ({ date: s.date, action: s.action, plan: null, amount: s.amount === null ? null : toJson(s.amount), extendsTo: expiryIso(carrier, s.extendsTo) })),
    });
    return 0;
  }
  const { t } = ctx;
  const kept = writtenDate(keptUntil);
  if (schedule.steps.length === 0) {
    await printText(ctx, t['plans.until.nothing'](status.id, until, schedule.expiresOn, kept));
    return 0;
  }
  const rows = schedule.steps.map((s) => [
    s.date,
    t[`plans.until.action.${s.action}`],
    '—',
    s.action === 'activity' ? t['plans.until.anyEvent'] : s.amount === null ? t['carriers.unknown'] : formatMoney(s.amount, ctx.locale),
    s.extendsTo,
  ]);
  const summary =
    carrier.rule.kind === 'activity'
      ? t['plans.until.activityTotal'](schedule.steps.length, kept)
      : total === null
        ? t['plans.until.unknownTotal'](schedule.steps.length, kept)
        : t['plans.until.total'](formatMoney(total, ctx.locale), schedule.steps.length, kept);
  await printText(ctx, `${await renderTable(ctx, untilHead({ t, locale: ctx.locale }), rows, { wide })}\n${summary}`);
  return 0;
}
