import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../../cli/invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface HistoryOptions {
  line: string | null;
  csv: boolean;
}

export function toHistoryOptions(raw: { line?: string; csv?: boolean }): HistoryOptions {
  return { line: raw.line ?? null, csv: raw.csv === true };
}

export function defineHistory(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('history')
    .description(t['help.history'])
    .option('--line <id>', t['help.history.line'])
    .option('--csv', t['help.opt.csv'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'history', options: toHistoryOptions(raw), load: async () => (await import('./history.run.js')).runHistory }, cmd),
    );
  withExamples(command, t['help.examples'], ['leb history', 'leb --sandbox history --json', 'leb history --line ln_abc123 --csv > orders.csv']);
}
