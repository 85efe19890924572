import { Option, type Command } from 'commander';
import type { Dispatch } from '../../cli/invocation.js';
import { withExamples } from '../../cli/invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { UsageError } from '../../errors.js';

export interface StatusOptions {
  line: string | null;
  /** Lines fetched at once; null: the default (16). */
  concurrency: number | null;
}

/** --concurrency: a whole number from 1 to 256, else exit 2 naming the flag. */
export function parseConcurrency(value: string, t: Messages): number {
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 256)) throw new UsageError(t['status.badConcurrency'](value));
  return n;
}

export function toStatusOptions(raw: { line?: string; concurrency?: number }): StatusOptions {
  return { line: raw.line ?? null, concurrency: raw.concurrency ?? null };
}

export function defineStatus(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('status')
    .description(t['help.status'])
    .option('--line <id>', t['help.opt.line'])
    .addOption(new Option('--concurrency <n>', t['help.opt.concurrency']).argParser((value) => parseConcurrency(value, t)))
    .action((raw, cmd: Command) =>
      dispatch({ name: 'status', options: toStatusOptions(raw), load: async () => (await import('./status.run.js')).runStatus }, cmd),
    );
  withExamples(command, t['help.examples'], ['leb --sandbox status', 'leb status --account hk-main', 'leb status --json | jq ".[0].daysLeft"']);
}
