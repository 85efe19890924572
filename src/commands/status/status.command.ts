import type { Command } from 'commander';
import type { Dispatch } from '../../cli/invocation.js';
import { withExamples } from '../../cli/invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface StatusOptions {
  line: string | null;
}

export function toStatusOptions(raw: { line?: string }): StatusOptions {
  return { line: raw.line ?? null };
}

export function defineStatus(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('status')
    .description(t['help.status'])
    .option('--line <id>', t['help.opt.line'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'status', options: toStatusOptions(raw), load: async () => (await import('./status.run.js')).runStatus }, cmd),
    );
  withExamples(command, t['help.examples'], ['leb --sandbox status', 'leb status --account hk-main', 'leb status --json | jq ".[0].daysLeft"']);
}
