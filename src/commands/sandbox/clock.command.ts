// `leb sandbox clock [--advance <days> | --set <date>]`: flags → options, refused early (exit 2) when a value is
// not one or both are given.

import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { UsageError } from '../../errors.js';
import { isLocalDate } from '../../domain/dates.js';
import { MAX_ADVANCE_DAYS, type ClockMove } from '../../domain/sandbox-clock.js';
import type { Messages } from '../../io/messages/index.js';
import { help } from '../../io/messages/help-keys.js';

export interface SandboxClockOptions {
  /** null: show the clock without moving it. */
  move: ClockMove | null;
}

export function toSandboxClockOptions(raw: { advance?: string; set?: string }, t: Messages): SandboxClockOptions {
  if (raw.advance !== undefined && raw.set !== undefined) throw new UsageError(t['clock.both']);
  if (raw.advance !== undefined) {
    // "10" or "10d", as --expiring-within takes them.
    const match = /^\s*(\d{1,4})\s*d?\s*$/i.exec(raw.advance);
    const days = match ? Number(match[1]) : 0;
    if (days < 1 || days > MAX_ADVANCE_DAYS) throw new UsageError(t['clock.badAdvance'](raw.advance));
    return { move: { kind: 'advance', days } };
  }
  if (raw.set !== undefined) {
    const date = raw.set.trim();
    if (!isLocalDate(date)) throw new UsageError(t['clock.badSet'](raw.set));
    return { move: { kind: 'set', date } };
  }
  return { move: null };
}

export function defineSandboxClock(sandbox: Command, t: Messages, dispatch: Dispatch): void {
  const clock = sandbox
    .command('clock')
    .description(help['help.sandbox.clock'])
    .option('--advance <days>', help['help.clock.advance'])
    .option('--set <date>', help['help.clock.set'])
    .action((raw: { advance?: string; set?: string }, cmd: Command) =>
      dispatch({ name: 'sandbox clock', options: toSandboxClockOptions(raw, t), load: async () => (await import('./clock.run.js')).runSandboxClock }, cmd),
    );
  clock.addHelpText('after', () => `\n${t['help.clock.more']}`);
  withExamples(clock, t, [
    'leb sandbox clock',
    'leb sandbox clock --advance 10 && leb --sandbox status',
    'leb sandbox clock --set 2027-01-31 --json',
  ]);
}
