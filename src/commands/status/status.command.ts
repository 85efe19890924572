import { Option, type Command } from 'commander';
import type { Dispatch } from '../invocation.js';
import { withExamples } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { UsageError } from '../../errors.js';
import { toStatusViewOptions, type RawStatusView, type StatusViewOptions } from './status.filters.js';
import { parseColumns, type StatusColumn } from './status.columns.js';
import { help } from '../../io/messages/help-keys.js';

export interface StatusOptions extends StatusViewOptions {
  line: string | null;
  /** Lines fetched at once; null: the default (16). */
  concurrency: number | null;
  /** --columns: exactly these, in this order; null: the default set, fitted to the terminal. */
  columns: StatusColumn[] | null;
  /** --wide: every column in full, however wide the terminal. */
  wide: boolean;
  /** Fetch the lines refreshed longest ago first (for cron over a fleet too large for one run). */
  refresh: boolean;
}

/** --concurrency: a whole number from 1 to 256, else exit 2 naming the flag. */
export function parseConcurrency(value: string, t: Messages): number {
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 256)) throw new UsageError(t['status.badConcurrency'](value));
  return n;
}

export function toStatusOptions(
  raw: { line?: string; concurrency?: number; columns?: StatusColumn[]; wide?: boolean; refresh?: boolean } & RawStatusView,
  t: Messages,
): StatusOptions {
  return {
    line: raw.line ?? null,
    concurrency: raw.concurrency ?? null,
    columns: raw.columns ?? null,
    wide: raw.wide === true,
    refresh: raw.refresh === true,
    ...toStatusViewOptions(raw, t),
  };
}

export function defineStatus(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('status')
    .description(help['help.status'])
    .option('--line <id>', help['help.opt.line'])
    .addOption(new Option('--concurrency <n>', help['help.opt.concurrency']).argParser((value) => parseConcurrency(value, t)))
    .option('--expiring-within <days>', help['help.status.expiringWithin'])
    .option('--state <state>', help['help.status.state'])
    .option('--label <text>', help['help.status.label'])
    .option('--csv', help['help.status.csv'])
    .option('--offline', help['help.status.offline'])
    .addOption(new Option('--columns <list>', help['help.opt.columns']).argParser((value) => parseColumns(value, t)))
    .option('--wide', help['help.opt.wide'])
    .addOption(new Option('--refresh', help['help.status.refresh']).conflicts('offline'))
    .action((raw, cmd: Command) =>
      dispatch({ name: 'status', options: toStatusOptions(raw, t), load: async () => (await import('./status.run.js')).runStatus }, cmd),
    );
  withExamples(command, t, ['leb --sandbox status', 'leb status --account hk-main', 'leb status --json | jq ".[0].daysLeft"', 'leb status --expiring-within 14d --label acme --csv', 'leb status --offline', 'leb status --columns line,state,days,kept', 'leb status --wide', 'leb status --refresh --timeout 300']);
}
