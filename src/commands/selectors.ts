// The selectors bulk commands share with `status` (--at-risk, --expiring-within, --state, --label, --all):
// declared once, parsed without I/O (exit 2 on a bad value), and refused beside --line.

import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import type { Messages } from '../io/messages/index.js';
import { selectsLines, type LineSelection } from '../app/line-selection.js';
import { parseStates, parseWithin } from './flags.js';
import { parseConcurrency } from './status/status.command.js';
import { help } from '../io/messages/help-keys.js';

export interface RawSelectors {
  atRisk?: boolean;
  all?: boolean;
  expiringWithin?: string;
  state?: string;
  label?: string;
  concurrency?: number;
}

/** The selectors, and for commands that pay, --concurrency (payments at once). */
export function addSelectors(command: Command, t: Messages, { concurrency = true } = {}): Command {
  command
    .option('--at-risk', help['help.opt.atRisk'])
    .option('--expiring-within <days>', help['help.status.expiringWithin'])
    .option('--state <state>', help['help.status.state'])
    .option('--label <text>', help['help.status.label'])
    .option('--all', help['help.opt.all']);
  if (concurrency) command.addOption(new Option('--concurrency <n>', help['help.opt.payConcurrency']).argParser((value) => parseConcurrency(value, t)));
  return command;
}

export function toLineSelection(raw: RawSelectors, t: Messages): LineSelection {
  const label = raw.label?.trim() ?? '';
  return {
    atRisk: raw.atRisk === true,
    all: raw.all === true,
    expiringWithin: raw.expiringWithin === undefined ? null : parseWithin(raw.expiringWithin, t),
    states: raw.state === undefined ? null : parseStates(raw.state, t),
    label: label === '' ? null : label,
  };
}

/** The selection when selectors were given (a bulk run), else null; with --line too, exit 2. */
export function bulkSelection(raw: RawSelectors & { line?: string }, t: Messages): LineSelection | null {
  const selection = toLineSelection(raw, t);
  if (!selectsLines(selection)) return null;
  if (raw.line !== undefined) throw new UsageError(t['bulk.lineAndSelectors'](givenSelectors(raw).join(', ')));
  return selection;
}

function givenSelectors(raw: RawSelectors): string[] {
  const given: [string, unknown][] = [
    ['--at-risk', raw.atRisk],
    ['--all', raw.all],
    ['--expiring-within', raw.expiringWithin],
    ['--state', raw.state],
    ['--label', raw.label],
  ];
  return given.filter(([, value]) => value !== undefined && value !== false).map(([flag]) => flag);
}
