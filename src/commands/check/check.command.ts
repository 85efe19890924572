import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { parseWarnDays } from '../flags.js';
import type { Messages } from '../../io/messages/index.js';
import { help } from '../../io/messages/help-keys.js';

export interface CheckOptions {
  /** null: the warn-days setting. */
  warnDays: number | null;
  /** A command to run per line at risk; null: the exec setting; false: none, even if set (--no-exec). */
  exec: string | null | false;
}

export function toCheckOptions(raw: { warnDays?: string; exec?: string | boolean }, t: Messages): CheckOptions {
  return {
    warnDays: raw.warnDays === undefined ? null : parseWarnDays(raw.warnDays, t),
    exec: raw.exec === false ? false : typeof raw.exec === 'string' && raw.exec.trim() !== '' ? raw.exec : null,
  };
}

export function defineCheck(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('check')
    .description(help['help.check'])
    .option('--warn-days <n>', help['help.check.warnDays'])
    .option('--exec <command>', help['help.check.exec'])
    .option('--no-exec', help['help.check.noExec'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'check', options: toCheckOptions(raw, t), load: async () => (await import('./check.run.js')).runCheck }, cmd),
    );
  command.addHelpText('after', () => `\n${t['help.check.more']}`);
  withExamples(command, t, [
    'leb --sandbox check; echo $?',
    'leb check --warn-days 7 --json',
    `leb check --exec 'notify-send "leb" "$LEB_MESSAGE"'`,
  ]);
}
