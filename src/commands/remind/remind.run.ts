import { dirname } from 'node:path';
import type { Context } from '../../app/context.js';
import { fetchLineViews } from '../../app/lines.js';
import { sortByUrgency } from '../../app/status-json.js';
import { allTargets } from '../../app/targets.js';
import { attachNotes } from '../../app/line-notes.js';
import { reminderEvents } from './remind.events.js';
import { buildReminderCalendar } from '../../domain/ics.js';
import { today } from '../../domain/validity.js';
import { UnsafeFileError, UsageError } from '../../errors.js';
import { printJson } from '../../io/output.js';
import { writeAll } from '../../io/streams.js';
import { writeFileAtomic } from '../../store/files.js';
import type { RemindOptions } from './remind.command.js';

export async function runRemind(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  options: RemindOptions,
): Promise<number> {
  const toStdout = options.ics === '-';
  if (toStdout && ctx.globals.json) throw new UsageError(ctx.t['remind.jsonWithStdout']);
  const targets = allTargets(ctx);
  const config = ctx.config.read();
  const result = await fetchLineViews(ctx, targets, { warnDays: config.settings.warnDays });
  // The file replaces the previous one wholesale: writing it without an account that failed would delete that
  // account's reminders from a subscribed calendar. Better to write nothing and say why.
  if (result.failures.length > 0) throw result.failures[0]?.error;

  const now = ctx.now();
  const plan = reminderEvents({
    views: sortByUrgency(attachNotes(result.views, config)),
    leadDays: options.warnDays,
    today: today(now, ctx.timeZone),
    timeZone: ctx.timeZone,
    t: ctx.t,
  });
  const calendar = buildReminderCalendar({ events: plan.events, now });

  if (toStdout) {
    await writeAll(ctx.io.stdout, calendar);
    return 0;
  }
  try {
    // The directory is the user's: it must exist already and its mode is left alone.
    writeFileAtomic(options.ics, calendar, { directory: 'existing' });
  } catch (error) {
    if (error instanceof UnsafeFileError) throw new UsageError(ctx.t['remind.notRegular'](options.ics, ctx.t[`state.problem.${error.unsafe}`]));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(ctx.t['remind.noDir'](dirname(options.ics)));
    throw new UsageError(ctx.t['remind.cannotWrite'](options.ics, code ?? (error as Error).message));
  }
  if (ctx.globals.json) {
    await printJson(ctx, { file: options.ics, events: plan.events.map((e) => ({ uid: e.uid, date: e.date, summary: e.summary })) });
  } else {
    ctx.io.stderr.write(`${ctx.t['remind.wrote'](plan.events.length, plan.lines, options.ics)}\n`);
  }
  return 0;
}
