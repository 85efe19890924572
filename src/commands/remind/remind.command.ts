import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { DEFAULT_REMIND_DAYS, parseRemindDays } from '../flags.js';
import { UsageError } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';
import { help } from '../../io/messages/help-keys.js';

export interface RemindOptions {
  /** The file to write, or "-" for stdout. */
  ics: string;
  /** Days before each deadline, largest first. */
  warnDays: number[];
}

export function toRemindOptions(raw: { ics?: string; warnDays?: string }, t: Messages): RemindOptions {
  if (raw.ics === undefined || raw.ics.trim() === '') throw new UsageError(t['remind.icsMissing']);
  return { ics: raw.ics, warnDays: raw.warnDays === undefined ? [...DEFAULT_REMIND_DAYS] : parseRemindDays(raw.warnDays, t) };
}

export function defineRemind(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('remind')
    .description(help['help.remind'])
    .option('--ics <file>', help['help.remind.ics'])
    .option('--warn-days <n,...>', help['help.remind.warnDays'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'remind', options: toRemindOptions(raw, t), load: async () => (await import('./remind.run.js')).runRemind }, cmd),
    );
  command.addHelpText('after', () => `\n${t['help.remind.more']}`);
  withExamples(command, t, [
    'leb --sandbox remind --ics leb.ics',
    'leb remind --ics ~/Calendars/leb.ics --warn-days 30,7,1',
    'leb remind --ics - > reminders.ics',
  ]);
}
