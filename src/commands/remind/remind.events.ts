// Which reminders `leb remind` writes: for every line with a keep-number deadline ahead, one all-day event per
// lead time, on the user's calendar date that many days before the deadline. Pure.

import { dateOrDash, addDays, dateIn, toEpochDay, writtenDate, type LocalDate } from '../../domain/dates.js';
import { reminderUid, type ReminderEvent } from '../../domain/ics.js';
import type { Messages } from '../../io/messages/index.js';
import type { LineView } from '../../app/lines.js';
import { nameOf, whoOf } from '../../app/line-names.js';
import { lebCommand, lineKey } from '../../app/line-notes.js';

export interface ReminderInput {
  /** Most urgent first; events come out in this order. */
  views: readonly LineView[];
  /** Days before the deadline, e.g. [30, 7, 1]. */
  leadDays: readonly number[];
  /** Today for the user; reminders before it are left out. */
  today: LocalDate;
  timeZone: string;
  t: Messages;
}

export interface ReminderPlan {
  events: ReminderEvent[];
  /** How many lines got at least one event. */
  lines: number;
}

export function reminderEvents({ views, leadDays, today, timeZone, t }: ReminderInput): ReminderPlan {
  const events: ReminderEvent[] = [];
  let lines = 0;
  for (const view of views) {
    const kept = view.validity.numberKeptUntil;
    // A recycled number has nothing left to remind about; without a deadline there is no date to count from.
    if (view.validity.state === 'recycled' || kept === null) continue;
    // The UID uses the deadline as the provider wrote it, so it does not change when the user travels; the
    // event date is the user's own date of that instant, the last day they can act.
    const deadline = writtenDate(kept);
    const lastDay = dateIn(new Date(kept), timeZone);
    const who = whoOf(view);
    const command = lebCommand(view.target, 'renew', view.status.id, view.status.plan?.id ?? null);
    const expires = dateOrDash(view.status.expiresAt);
    let any = false;
    for (const days of leadDays) {
      const date = addDays(lastDay, -days);
      if (toEpochDay(date) < toEpochDay(today)) continue;
      any = true;
      events.push({
        uid: reminderUid(lineKey(view.target.name, view.status.id), deadline, days),
        summary: t['remind.summary'](nameOf(view), days),
        description: t['remind.description'](who, view.target.name, deadline, expires, command),
        date,
      });
    }
    if (any) lines += 1;
  }
  return { events, lines };
}
