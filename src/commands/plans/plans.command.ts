import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../../cli/invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface PlansOptions {
  line: string | null;
}

export function toPlansOptions(raw: { line?: string }): PlansOptions {
  return { line: raw.line ?? null };
}

export function definePlans(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('plans')
    .description(t['help.plans'])
    .option('--line <id>', t['help.opt.line'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'plans', options: toPlansOptions(raw), load: async () => (await import('./plans.run.js')).runPlans }, cmd),
    );
  withExamples(command, t['help.examples'], ['leb --sandbox plans', 'leb plans --line ln_abc123 --json']);
}
