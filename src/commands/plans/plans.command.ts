import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { parseUntil } from '../flags.js';
import type { LocalDate } from '../../domain/dates.js';
import { help } from '../../io/messages/help-keys.js';

export interface PlansOptions {
  line: string | null;
  /** --until: plan renewals through this date (the user's calendar); null: show the catalogue. */
  until: LocalDate | null;
  /** --wide: every column in full, however wide the terminal. */
  wide: boolean;
}

export function toPlansOptions(raw: { line?: string; until?: string; wide?: boolean }, t: Messages): PlansOptions {
  return { line: raw.line ?? null, until: raw.until === undefined ? null : parseUntil(raw.until, t), wide: raw.wide === true };
}

export function definePlans(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('plans')
    .description(help['help.plans'])
    .option('--line <id>', help['help.opt.line'])
    .option('--until <YYYY-MM-DD>', help['help.plans.until'])
    .option('--wide', help['help.opt.wide'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'plans', options: toPlansOptions(raw, t), load: async () => (await import('./plans.run.js')).runPlans }, cmd),
    );
  withExamples(command, t, ['leb --sandbox plans', 'leb plans --line ln_abc123 --json', 'leb plans --line ln_abc123 --until 2027-12-31', 'leb plans --wide']);
}
