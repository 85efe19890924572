import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';

export interface TopupOptions {
  line: string | null;
  /** As typed; parsed against the line's currency once the line is known. */
  amount: string | null;
  method: string | null;
  dryRun: boolean;
  allowLarge: boolean;
}

export function toTopupOptions(raw: { line?: string; amount?: string; method?: string; dryRun?: boolean; allowLarge?: boolean }): TopupOptions {
  return {
    line: raw.line ?? null,
    amount: raw.amount ?? null,
    method: raw.method ?? null,
    dryRun: raw.dryRun === true,
    allowLarge: raw.allowLarge === true,
  };
}

export function defineTopup(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('topup')
    .description(t['help.topup'])
    .option('--line <id>', t['help.opt.line'])
    .option('--amount <decimal>', t['help.topup.amount'])
    .option('--method <id>', t['help.opt.method'])
    .option('--dry-run', t['help.opt.dryRun'])
    .option('--allow-large', t['help.topup.allowLarge'])
    .action((raw, cmd: Command) =>
      dispatch({ name: 'topup', options: toTopupOptions(raw), load: async () => (await import('./topup.run.js')).runTopup }, cmd),
    );
  withExamples(command, t['help.examples'], [
    'leb topup',
    'leb --sandbox topup --line ln_abc123 --amount 50 --method card --yes',
    'leb topup --line +85291234567 --amount 100 --dry-run --json',
  ]);
}
