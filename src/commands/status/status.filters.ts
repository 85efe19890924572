// The reseller's view of `leb status`: filter flags (parsed without I/O, exit 2 on bad values) and applying them.

import { parseStates, parseWithin } from '../flags.js';
import type { LineState } from '../../domain/validity.js';
import type { Messages } from '../../io/messages/index.js';
import type { LineView } from '../../app/lines.js';

export interface StatusViewOptions {
  /** Only lines whose service ends within this many days, or has ended and the number is not yet recycled. */
  expiringWithin: number | null;
  states: LineState[] | null;
  /** Only lines whose label contains this (any case). */
  label: string | null;
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
  return o.expiringWithin !== null || o.states !== null || o.label !== null;
}

export function applyFilters(views: readonly LineView[], o: StatusViewOptions): LineView[] {
  const label = o.label?.toLowerCase() ?? null;
  return views.filter((view) => {
    const { state, daysLeft } = view.validity;
    if (o.expiringWithin !== null && (daysLeft === null || daysLeft > o.expiringWithin || state === 'recycled')) return false;
    if (o.states !== null && !o.states.includes(state)) return false;
    if (label !== null && !(view.label ?? '').toLowerCase().includes(label)) return false;
    return true;
  });
}
