import type { Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import { UsageError } from '../../errors.js';
import { isLocalDate, type LocalDate } from '../../domain/dates.js';
import { selectsLines, type LineSelection } from '../../app/line-selection.js';
import { addSelectors, toLineSelection, type RawSelectors } from '../selectors.js';
import { help } from '../../io/messages/help-keys.js';

export type KeepOptions =
  | { action: 'list' }
  | { action: 'remove'; lines: string[] }
  | {
      action: 'set';
      lines: string[];
      selection: LineSelection | null;
      /** null: --forever. */
      until: LocalDate | null;
      /** As typed (without "/year"): parsed in each line's currency once the line is known. */
      budget: string | null;
      max: string | null;
      /** null: the default for the line's provider and carrier. */
      leadDays: number | null;
    };

interface RawKeep extends Omit<RawSelectors, 'concurrency'> {
  until?: string;
  forever?: boolean;
  budget?: string;
  max?: string;
  lead?: string;
  list?: boolean;
  remove?: boolean;
}

export const MAX_LEAD_DAYS = 60;

/** "300", "300/year", "300 / yr": the yearly budget's amount. */
export function budgetAmount(text: string): string {
  return text.replace(/\s*\/\s*(year|yr|y)\s*$/i, '');
}

export function toKeepOptions(refs: string[], raw: RawKeep, t: Messages): KeepOptions {
  const setting = raw.until !== undefined || raw.forever === true || raw.budget !== undefined || raw.max !== undefined || raw.lead !== undefined;
  if (raw.list === true) {
    if (raw.remove === true || setting || refs.length > 0) throw new UsageError(t['keep.listAlone']);
    return { action: 'list' };
  }
  if (raw.remove === true) {
    if (setting) throw new UsageError(t['keep.removeAlone']);
    if (refs.length === 0) throw new UsageError(t['keep.removeWhich']);
    return { action: 'remove', lines: refs };
  }
  const selection = toLineSelection(raw, t);
  const selects = selectsLines(selection);
  if (refs.length === 0 && !selects) throw new UsageError(t['keep.whichLines']);
  if (refs.length > 0 && selects) throw new UsageError(t['keep.linesAndSelectors']);
  if (raw.forever === true && raw.until !== undefined) throw new UsageError(t['keep.untilOrForever']);
  if (raw.forever !== true && raw.until === undefined) throw new UsageError(t['keep.needsUntil']);
  const until = raw.until === undefined ? null : raw.until.trim();
  if (until !== null && !isLocalDate(until)) throw new UsageError(t['keep.badUntil'](raw.until as string));
  return {
    action: 'set',
    lines: refs,
    selection: selects ? selection : null,
    until,
    budget: raw.budget === undefined ? null : budgetAmount(raw.budget),
    max: raw.max ?? null,
    leadDays: raw.lead === undefined ? null : parseLead(raw.lead, t),
  };
}

function parseLead(text: string, t: Messages): number {
  const trimmed = text.trim().replace(/d$/i, '');
  const days = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(days >= 0 && days <= MAX_LEAD_DAYS)) throw new UsageError(t['keep.badLead'](text, MAX_LEAD_DAYS));
  return days;
}

export function defineKeep(program: Command, t: Messages, dispatch: Dispatch): void {
  const command = program
    .command('keep')
    .description(help['help.keep'])
    .argument('[lines...]')
    .option('--until <date>', help['help.keep.until'])
    .option('--forever', help['help.keep.forever'])
    .option('--budget <amount>', help['help.keep.budget'])
    .option('--max <amount>', help['help.keep.max'])
    .option('--lead <days>', help['help.keep.lead'])
    .option('--list', help['help.keep.list'])
    .option('--remove', help['help.keep.remove']);
  addSelectors(command, t, { concurrency: false }).action((refs: string[], raw: RawKeep, cmd: Command) =>
    dispatch({ name: 'keep', options: toKeepOptions(refs, raw, t), load: async () => (await import('./keep.run.js')).runKeep }, cmd),
  );
  withExamples(command, t, [
    'leb --sandbox keep --all --until 2028-12-31 --budget 300/year --max 100',
    'leb keep +85291234567 --forever --budget 200',
    'leb --sandbox keep --list',
    'leb keep --remove +85291234567',
  ]);
}
