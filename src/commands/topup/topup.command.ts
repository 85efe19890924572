import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { UsageError } from '../../errors.js';
import { addSelectors, bulkSelection, type RawSelectors } from '../selectors.js';
import type { BulkOptions } from '../../app/bulk/run.js';
import { help } from '../../io/messages/help-keys.js';

export interface TopupOptions {
  line: string | null;
  /** As typed; parsed against the line's currency once the line is known. */
  amount: string | null;
  method: string | null;
  dryRun: boolean;
  allowLarge: boolean;
  /** Tracked lines: record a payment made on the carrier's page, with its receipt. */
  record: boolean;
  receipt: string | null;
  web: boolean;
}

export function toTopupOptions(raw: { line?: string; amount?: string; method?: string; dryRun?: boolean; allowLarge?: boolean; record?: boolean; receipt?: string; web?: boolean }): TopupOptions {
  return {
    line: raw.line ?? null,
    amount: raw.amount ?? null,
    method: raw.method ?? null,
    dryRun: raw.dryRun === true,
    allowLarge: raw.allowLarge === true,
    record: raw.record === true,
    receipt: raw.receipt ?? null,
    web: raw.web === true,
  };
}

type RawTopup = Parameters<typeof toTopupOptions>[0] & RawSelectors;

/** With selectors: the bulk run's options, else null. Flags that only make sense for one line are refused. */
export function toBulkTopupOptions(raw: RawTopup, t: Messages): BulkOptions | null {
  const selection = bulkSelection(raw, t);
  if (selection === null) return null;
  for (const [flag, value] of [['--record', raw.record], ['--receipt', raw.receipt], ['--web', raw.web]] as const) {
    if (value !== undefined && value !== false) throw new UsageError(t['bulk.oneLineFlag'](flag));
  }
  return {
    kind: 'topup',
    selection,
    amount: raw.amount ?? null,
    plan: null,
    method: raw.method ?? null,
    allowLarge: raw.allowLarge === true,
    dryRun: raw.dryRun === true,
    concurrency: raw.concurrency ?? null,
  };
}

export function defineTopup(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('topup')
    .description(help['help.topup'])
    .option('--line <id>', help['help.opt.line'])
    .option('--amount <decimal>', help['help.topup.amount'])
    .option('--method <id>', help['help.opt.method'])
    .option('--dry-run', help['help.opt.dryRun'])
    .option('--allow-large', help['help.topup.allowLarge'])
    .option('--record', help['help.topup.record'])
    .option('--receipt <ref>', help['help.topup.receipt'])
    .option('--web', help['help.topup.web']);
  addSelectors(command, t).action((raw: RawTopup, cmd: Command) => {
    const bulk = toBulkTopupOptions(raw, t);
    if (bulk !== null) return dispatch({ name: 'topup', options: bulk, load: async () => (await import('../../app/bulk/run.js')).runBulk }, cmd);
    return dispatch({ name: 'topup', options: toTopupOptions(raw), load: async () => (await import('./topup.run.js')).runTopup }, cmd);
  });
  withExamples(command, t, [
    'leb topup',
    'leb --sandbox topup --line ln_abc123 --amount 50 --method card --yes',
    'leb topup --line +85291234567 --amount 100 --dry-run --json',
    'leb topup --line tl_85291234567 --web',
    'leb topup --line tl_85291234567 --amount 50 --record --receipt R123 --method alipay --yes',
    'leb --sandbox topup --at-risk --dry-run',
    'leb topup --label acme --amount 50 --method card --yes --json',
  ]);
}
