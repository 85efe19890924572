import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { help } from '../../io/messages/help-keys.js';

export interface ReconcileOptions {
  line: string | null;
}

export function defineReconcile(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('reconcile')
    .description(help['help.reconcile'])
    .option('--line <id>', help['help.history.line'])
    .action((raw: { line?: string }, cmd: Command) =>
      dispatch<ReconcileOptions>({ name: 'reconcile', options: { line: raw.line ?? null }, load: async () => (await import('./reconcile.run.js')).runReconcile }, cmd),
    );
  withExamples(command, t, ['leb reconcile', 'leb --sandbox reconcile --json']);
}
