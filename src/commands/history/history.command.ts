import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface HistoryOptions {
  line: string | null;
  csv: boolean;
  /** Every column in full, however wide the terminal. */
  wide: boolean;
}

export function toHistoryOptions(raw: { line?: string; csv?: boolean; wide?: boolean }): HistoryOptions {
  return { line: raw.line ?? null, csv: raw.csv === true, wide: raw.wide === true };
}

export function defineHistory(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('history')
    .description(t['help.history'])
    .option('--line <id>', t['help.history.line'])
    .option('--csv', t['help.opt.csv'])
    .option('--wide', t['help.opt.wide'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'history', options: toHistoryOptions(raw), load: async () => (await import('./history.run.js')).runHistory }, cmd),
    );
  withExamples(command, t['help.examples'], ['leb history', 'leb --sandbox history --json', 'leb history --line ln_abc123 --csv > orders.csv']);
}
