import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface ReconcileOptions {
  line: string | null;
}

export function defineReconcile(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('reconcile')
    .description(t['help.reconcile'])
    .option('--line <id>', t['help.history.line'])
    .action((raw: { line?: string }, cmd: Command) =>
      dispatch<ReconcileOptions>({ name: 'reconcile', options: { line: raw.line ?? null }, load: async () => (await import('./reconcile.run.js')).runReconcile }, cmd),
    );
  withExamples(command, t['help.examples'], ['leb reconcile', 'leb --sandbox reconcile --json']);
}
