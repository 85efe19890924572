// `leb history`: flags → options (dates, label, --by), refused early (exit 2) naming the flag.

import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { UsageError } from '../../errors.js';
import { isLocalDate, type LocalDate } from '../../domain/dates.js';
import type { Messages } from '../../io/messages/index.js';
import { help } from '../../io/messages/help-keys.js';

export interface HistoryOptions {
  line: string | null;
  csv: boolean;
  /** Every column in full, however wide the terminal. */
  wide: boolean;
  /** Inclusive, in the user's zone; null: no bound. */
  since: LocalDate | null;
  until: LocalDate | null;
  /** Only lines whose label contains this (any case). */
  label: string | null;
  /** Spend per month instead of the orders. */
  byMonth: boolean;
}

export interface RawHistoryFlags {
  line?: string;
  csv?: boolean;
  wide?: boolean;
  since?: string;
  until?: string;
  label?: string;
  by?: string;
}

function date(flag: string, value: string | undefined, t: Messages): LocalDate | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (!isLocalDate(trimmed)) throw new UsageError(t['history.badDate'](flag, value));
  return trimmed;
}

export function toHistoryOptions(raw: RawHistoryFlags, t: Messages): HistoryOptions {
  const since = date('--since', raw.since, t);
  const until = date('--until', raw.until, t);
  if (since !== null && until !== null && since > until) throw new UsageError(t['history.sinceAfterUntil'](since, until));
  if (raw.by !== undefined && raw.by.trim().toLowerCase() !== 'month') throw new UsageError(t['history.badBy'](raw.by));
  const label = raw.label?.trim() ?? '';
  return {
    line: raw.line ?? null,
    csv: raw.csv === true,
    wide: raw.wide === true,
    since,
    until,
    label: label === '' ? null : label,
    byMonth: raw.by !== undefined,
  };
}

export function defineHistory(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('history')
    .description(help['help.history'])
    .option('--line <id>', help['help.history.line'])
    .option('--since <date>', help['help.history.since'])
    .option('--until <date>', help['help.history.until'])
    .option('--label <text>', help['help.history.label'])
    .option('--by <unit>', help['help.history.by'])
    .option('--csv', help['help.opt.csv'])
    .option('--wide', help['help.opt.wide'])
    .action((raw: RawHistoryFlags, cmd: Command) =>
      dispatch({ name: 'history', options: toHistoryOptions(raw, t), load: async () => (await import('./history.run.js')).runHistory }, cmd),
    );
  command.addHelpText('after', () => `\n${t['help.history.more']}`);
  withExamples(command, t, [
    'leb history',
    'leb --sandbox history --json',
    'leb history --since 2026-01-01 --until 2026-12-31 --account hk-main',
    'leb history --label mum --by month',
    'leb history --line ln_abc123 --csv > orders.csv',
  ]);
}
