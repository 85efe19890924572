// `leb sandbox clock`: show the sandbox's time, or move it. The offset is kept in LEB_HOME/sandbox/clock.json
// (store/sandbox-clock.ts); moving it back is refused before the latest thing the sandbox recorded (an order
// in the carrier's state or in the sandbox's journal, a recycled number), so nothing lies in its future.

import { join } from 'node:path';
import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { embeddedSandbox } from '../../app/targets.js';
import { dateIn, isoInZone } from '../../domain/dates.js';
import { checkOffset, earliestOffset, offsetAfter, shiftedNow } from '../../domain/sandbox-clock.js';
import { printJson, printText } from '../../io/output.js';
import { sandboxFile } from '../../providers/open.js';
import { latestRecorded } from '../../providers/sandbox/recorded.js';
import { readSandboxStateIfExists } from '../../providers/sandbox/state-file.js';
import { Journal } from '../../store/journal.js';
import { withLock } from '../../store/lock.js';
import { readClockOffset, sandboxClockFile, writeClockOffset } from '../../store/sandbox-clock.js';
import type { SandboxClockOptions } from './clock.command.js';

/** The last moment anything in the embedded sandbox speaks of, or null when it holds nothing yet. */
function lastRecorded(ctx: Pick<Context, 'paths'>): Date | null {
  const state = readSandboxStateIfExists(sandboxFile(ctx.paths.sandbox, embeddedSandbox()));
  const instants = new Journal(join(ctx.paths.sandbox, 'orders.jsonl')).orders().map((o) => Date.parse(o.updatedAt));
  const carrier = state === null ? null : latestRecorded(state);
  if (carrier !== null) instants.push(carrier.getTime());
  const latest = Math.max(...instants.filter(Number.isFinite));
  return Number.isFinite(latest) ? new Date(latest) : null;
}

export async function runSandboxClock(
  ctx: Pick<Context, 'color' | 'globals' | 'io' | 'paths' | 'realNow' | 't' | 'timeZone'>,
  options: SandboxClockOptions,
): Promise<number> {
  const { t } = ctx;
  const file = sandboxClockFile(ctx.paths.sandbox);
  const realNow = ctx.realNow();
  let offsetDays = readClockOffset(file);
  const { move } = options;
  if (move !== null) {
    offsetDays = await withLock(file, () => {
      const current = readClockOffset(file);
      const next = offsetAfter(move, current, realNow, ctx.timeZone);
      const checked = checkOffset(next, current, next < current ? earliestOffset(realNow, lastRecorded(ctx)) : null);
      if (!checked.ok) {
        if (checked.problem === 'too-far') throw new UsageError(t['clock.tooFar'](checked.limit));
        const earliest = dateIn(shiftedNow(realNow, checked.earliestOffsetDays), ctx.timeZone);
        throw new UsageError(t['clock.beforeRecorded'](earliest), t['clock.beforeRecordedHint']);
      }
      if (checked.offsetDays !== current) writeClockOffset(file, checked.offsetDays);
      return checked.offsetDays;
    });
  }
  const now = shiftedNow(realNow, offsetDays);
  const today = dateIn(now, ctx.timeZone);
  if (ctx.globals.json) {
    await printJson(ctx, { now: isoInZone(now, ctx.timeZone), today, offsetDays });
    return 0;
  }
  await printText(ctx, `${move === null ? t['clock.show'](today, isoInZone(now, ctx.timeZone), offsetDays) : t['clock.moved'](today, offsetDays)}\n`);
  return 0;
}
