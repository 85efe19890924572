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

/** The command a person would type for this line; `--sandbox` for the embedded sandbox so it really works. */
export function lebCommand(target: AccountTarget, verb: string, lineId: string): string {
  return `leb ${target.account === null ? '--sandbox ' : ''}${verb} --line ${lineId}`;
}
