// The user's labels and notes on lines, kept in config.lines under "account/lineId".

import type { Config } from '../store/config.js';
import { own } from '../store/shape.js';
import type { AccountTarget } from '../providers/open.js';
import type { LineView } from './lines.js';

export function lineKey(account: string, lineId: string): string {
  return `${account}/${lineId}`;
}

/** The views with their label and note filled in from the config. */
export function attachNotes(views: readonly LineView[], config: Config): LineView[] {
  return views.map((view) => {
    const notes = own(config.lines, lineKey(view.target.name, view.status.id));
    return { ...view, label: notes?.label ?? null, note: notes?.note ?? null };
  });
}

/**
 * The command that renews a line, written so it runs as it stands: --sandbox for the embedded sandbox, else
 * --account (a line id may exist under two accounts), and the line's current plan when it has one (so no plan
 * prompt is needed). It never carries --yes: paying stays a decision.
 */
export function lebCommand(target: AccountTarget, verb: string, lineId: string, plan: string | null = null): string {
  const where = target.account === null ? '--sandbox ' : '';
  const account = target.account === null ? '' : ` --account ${target.name}`;
  const planFlag = plan === null ? '' : ` --plan ${plan}`;
  return `leb ${where}${verb}${account} --line ${lineId}${planFlag}`;
}
