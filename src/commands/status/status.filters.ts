// The reseller's view of `leb status`: filter flags (parsed without I/O, exit 2 on bad values) and applying them.

import { parseStates, parseWithin } from '../flags.js';
import { hasFilters as anyFilter, matchesFilters, type LineFilters } from '../../app/line-selection.js';
import type { Messages } from '../../io/messages/index.js';
import type { LineView } from '../../app/lines.js';

export interface StatusViewOptions extends LineFilters {
  csv: boolean;
  /** Show the cache; do not ask the provider. */
  offline: boolean;
}

export interface RawStatusView {
  expiringWithin?: string;
  state?: string;
  label?: string;
  csv?: boolean;
  offline?: boolean;
}

export function toStatusViewOptions(raw: RawStatusView, t: Messages): StatusViewOptions {
  const label = raw.label?.trim() ?? '';
  return {
    expiringWithin: raw.expiringWithin === undefined ? null : parseWithin(raw.expiringWithin, t),
    states: raw.state === undefined ? null : parseStates(raw.state, t),
    label: label === '' ? null : label,
    csv: raw.csv === true,
    offline: raw.offline === true,
  };
}

export function hasFilters(o: StatusViewOptions): boolean {
  return anyFilter(o);
}

export function applyFilters(views: readonly LineView[], o: StatusViewOptions): LineView[] {
  return views.filter((view) => matchesFilters(view, o));
}
