// The columns `leb status` can show, by the names `--columns` takes. Kept apart from the rendering so the
// command definition (loaded for --help) can validate the flag without loading dates and money.

import { UsageError } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';

/** In the default order. */
export const STATUS_COLUMNS = ['line', 'account', 'number', 'state', 'days', 'expires', 'kept', 'balance', 'data', 'plan', 'label'] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];

/** `--columns line,days,kept`: known names, each once, in the order given; else exit 2 naming the bad one. */
export function parseColumns(value: string, t: Messages): StatusColumn[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  if (names.length === 0) throw new UsageError(t['table.noColumns']);
  const columns: StatusColumn[] = [];
  for (const name of names) {
    if (!(STATUS_COLUMNS as readonly string[]).includes(name)) throw new UsageError(t['table.badColumn'](name, STATUS_COLUMNS.join(', ')));
    if (!columns.includes(name as StatusColumn)) columns.push(name as StatusColumn);
  }
  return columns;
}
