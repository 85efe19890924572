import { Option, type Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { UsageError } from '../../errors.js';
import { addSelectors, bulkSelection, type RawSelectors } from '../selectors.js';
import type { BulkOptions } from '../../app/bulk/run.js';
import { help } from '../../io/messages/help-keys.js';

export interface RenewOptions {
  line: string | null;
  plan: string | null;
  method: string | null;
  dryRun: boolean;
  /** Switch the provider's auto-renew; null leaves it as it is. */
  auto: boolean | null;
  /** Tracked lines on a plan-rule carrier: record a plan bought on the carrier's page. */
  record: boolean;
  amount: string | null;
  receipt: string | null;
  web: boolean;
}

export function toRenewOptions(raw: { line?: string; plan?: string; method?: string; dryRun?: boolean; auto?: 'on' | 'off'; record?: boolean; amount?: string; receipt?: string; web?: boolean }): RenewOptions {
  return {
    line: raw.line ?? null,
    plan: raw.plan ?? null,
    method: raw.method ?? null,
    dryRun: raw.dryRun === true,
    auto: raw.auto === undefined ? null : raw.auto === 'on',
    record: raw.record === true,
    amount: raw.amount ?? null,
    receipt: raw.receipt ?? null,
    web: raw.web === true,
  };
}

type RawRenew = Parameters<typeof toRenewOptions>[0] & RawSelectors;

/** With selectors: the bulk run's options (each line onto --plan, else onto its current plan), else null. */
export function toBulkRenewOptions(raw: RawRenew, t: Messages): BulkOptions | null {
  const selection = bulkSelection(raw, t);
  if (selection === null) return null;
  for (const [flag, value] of [['--auto', raw.auto], ['--record', raw.record], ['--amount', raw.amount], ['--receipt', raw.receipt], ['--web', raw.web]] as const) {
    if (value !== undefined && value !== false) throw new UsageError(t['bulk.oneLineFlag'](flag));
  }
  return {
    kind: 'renew',
    selection,
    amount: null,
    plan: raw.plan ?? null,
    method: raw.method ?? null,
    allowLarge: false,
    dryRun: raw.dryRun === true,
    concurrency: raw.concurrency ?? null,
  };
}

export function defineRenew(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('renew')
    .description(help['help.renew'])
    .option('--line <id>', help['help.opt.line'])
    .option('--plan <id>', help['help.renew.plan'])
    .option('--method <id>', help['help.opt.method'])
    .option('--dry-run', help['help.opt.dryRun'])
    .addOption(new Option('--auto <on|off>', help['help.renew.auto']).choices(['on', 'off']))
    .option('--record', help['help.renew.record'])
    .option('--amount <decimal>', help['help.renew.amount'])
    .option('--receipt <ref>', help['help.topup.receipt'])
    .option('--web', help['help.topup.web']);
  addSelectors(command, t).action((raw: RawRenew, cmd: Command) => {
    const bulk = toBulkRenewOptions(raw, t);
    if (bulk !== null) return dispatch({ name: 'renew', options: bulk, load: async () => (await import('../../app/bulk/run.js')).runBulk }, cmd);
    return dispatch({ name: 'renew', options: toRenewOptions(raw), load: async () => (await import('./renew.run.js')).runRenew }, cmd);
  });
  withExamples(command, t, [
    'leb renew',
    'leb --sandbox renew --line ln_abc123 --plan quarterly --yes --json',
    'leb renew --line ln_abc123 --auto on',
    'leb renew --line tl_85261234567 --record --amount 38 --receipt C-778 --method card --yes',
    'leb --sandbox renew --at-risk --plan quarterly --yes',
    'leb renew --expiring-within 30d --state active --dry-run --json',
  ]);
}
