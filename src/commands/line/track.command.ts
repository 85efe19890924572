// `leb line add|confirm|touch|remove|import`: lines whose validity leb keeps itself. Flags → options only.

import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import { parseCarrierId, parseDateFlag, parseNumber } from '../../app/tracked/flags.js';
import { UsageError } from '../../errors.js';
import type { LocalDate } from '../../domain/dates.js';
import type { Messages } from '../../io/messages/index.js';
import { toLineNotesOptions } from './notes.options.js';
import { help } from '../../io/messages/help-keys.js';

export interface LineAddOptions {
  number: string;
  /** null only for a line on a Reloadly account, where leb proposes the carrier of the detected operator. */
  carrier: string | null;
  /** ISO 3166-1 alpha-2, for numbers whose calling code is shared (+1); null: from the calling code. */
  country: string | null;
  expires: LocalDate | null;
  lastActivity: LocalDate | null;
  label: string | null;
}

export interface LineConfirmOptions {
  line: string;
  expires: LocalDate | null;
  lastActivity: LocalDate | null;
  /** As typed; parsed in the carrier's currency once the line is known. */
  balance: string | null;
}

export interface LineTouchOptions {
  line: string;
  /** null: today in the carrier's zone. */
  date: LocalDate | null;
}

export interface LineRemoveOptions {
  line: string;
}

export interface LineImportOptions {
  file: string;
  dryRun: boolean;
}

type DateFlags = { expires?: string; lastActivity?: string };

function dates(raw: DateFlags, t: Messages): { expires: LocalDate | null; lastActivity: LocalDate | null } {
  if (raw.expires !== undefined && raw.lastActivity !== undefined) throw new UsageError(t['tracked.bothDates']);
  if (raw.expires === undefined && raw.lastActivity === undefined) throw new UsageError(t['tracked.needDate']);
  return {
    expires: raw.expires === undefined ? null : parseDateFlag('--expires', raw.expires, t),
    lastActivity: raw.lastActivity === undefined ? null : parseDateFlag('--last-activity', raw.lastActivity, t),
  };
}

export function toLineAddOptions(number: string, raw: DateFlags & { carrier?: string; label?: string; country?: string }, t: Messages): LineAddOptions {
  if (raw.country !== undefined && !/^[A-Za-z]{2}$/.test(raw.country)) throw new UsageError(t['reloadly.badCountry'](raw.country));
  return {
    number: parseNumber(number, t),
    carrier: raw.carrier === undefined ? null : parseCarrierId(raw.carrier, t),
    country: raw.country === undefined ? null : raw.country.toUpperCase(),
    ...dates(raw, t),
    label: raw.label === undefined ? null : toLineNotesOptions('label', number, raw.label, t).text,
  };
}

export function toLineConfirmOptions(line: string, raw: DateFlags & { balance?: string }, t: Messages): LineConfirmOptions {
  return { line, ...dates(raw, t), balance: raw.balance ?? null };
}

export function toLineTouchOptions(line: string, raw: { date?: string }, t: Messages): LineTouchOptions {
  return { line, date: raw.date === undefined ? null : parseDateFlag('--date', raw.date, t) };
}

export function defineTrackedLineCommands(line: Command, t: Messages, dispatch: Dispatch): void {
  const run = async () => await import('./track.run.js');
  const add = line
    .command('add')
    .description(help['help.line.add'])
    .argument('<number>')
    .option('--carrier <id>', help['help.line.carrier'])
    .option('--expires <YYYY-MM-DD>', help['help.line.expires'])
    .option('--last-activity <YYYY-MM-DD>', help['help.line.lastActivity'])
    .option('--label <text>', help['help.line.addLabel'])
    .option('--country <ISO>', help['help.line.country'])
    .action((number: string, raw, cmd: Command) =>
      dispatch({ name: 'line add', options: toLineAddOptions(number, raw, t), load: async () => (await run()).runLineAdd }, cmd),
    );
  withExamples(add, t, [
    'leb line add +85291234567 --carrier cmhk-prepaid --expires 2026-12-20 --label "HK card"',
    'leb line add +447700900123 --carrier giffgaff --last-activity 2026-10-01',
    'leb line add +85261234567 --carrier smartone-valuegb --expires 2027-03-01 --account family',
    'leb line add +85291234567 --account rl --expires 2026-12-20',
  ]);

  const confirm = line
    .command('confirm')
    .description(help['help.line.confirm'])
    .argument('<line>')
    .option('--expires <YYYY-MM-DD>', help['help.line.expires'])
    .option('--last-activity <YYYY-MM-DD>', help['help.line.lastActivity'])
    .option('--balance <amount>', help['help.line.balance'])
    .action((ref: string, raw, cmd: Command) =>
      dispatch({ name: 'line confirm', options: toLineConfirmOptions(ref, raw, t), load: async () => (await run()).runLineConfirm }, cmd),
    );
  withExamples(confirm, t, ['leb line confirm +85291234567 --expires 2027-06-01 --balance 48.50', 'leb line confirm tl_447700900123 --last-activity 2026-11-30']);

  const touch = line
    .command('touch')
    .description(help['help.line.touch'])
    .argument('<line>')
    .option('--date <YYYY-MM-DD>', help['help.line.touchDate'])
    .action((ref: string, raw, cmd: Command) =>
      dispatch({ name: 'line touch', options: toLineTouchOptions(ref, raw, t), load: async () => (await run()).runLineTouch }, cmd),
    );
  withExamples(touch, t, ['leb line touch +447700900123', 'leb line touch tl_447700900123 --date 2026-11-28']);

  const remove = line
    .command('remove')
    .alias('rm')
    .description(help['help.line.remove'])
    .argument('<line>')
    .action((ref: string, _raw, cmd: Command) =>
      dispatch<LineRemoveOptions>({ name: 'line remove', options: { line: ref }, load: async () => (await run()).runLineRemove }, cmd),
    );
  withExamples(remove, t, ['leb line remove +85291234567', 'leb line remove tl_85291234567 --yes']);

  const importCommand = line
    .command('import')
    .description(help['help.line.import'])
    .argument('<csv>')
    .option('--dry-run', help['help.line.importDryRun'])
    .action((file: string, raw: { dryRun?: boolean }, cmd: Command) =>
      dispatch<LineImportOptions>({ name: 'line import', options: { file, dryRun: raw.dryRun === true }, load: async () => (await import('./import.run.js')).runLineImport }, cmd),
    );
  importCommand.addHelpText('after', () => `\n${t['help.line.importMore']}`);
  withExamples(importCommand, t, ['leb line import lines.csv --dry-run', 'leb line import lines.csv --account family --json']);
}
