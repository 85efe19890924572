// Which lines a command works on when it is given selectors instead of one --line: `status` filters what it
// shows with them, and bulk `topup`/`renew` and `leb keep` pick the lines they act on with the same words.

import type { LineState, Risk } from '../domain/validity.js';
import type { LineView } from './lines.js';

/** The filters `status` has: each null when not given. */
export interface LineFilters {
  /** Only lines whose service ends within this many days, or has ended and the number is not yet recycled. */
  expiringWithin: number | null;
  states: LineState[] | null;
  /** Only lines whose label contains this (any case). */
  label: string | null;
}

/** Bulk selectors: the filters, plus `--at-risk` (what `leb check` reports) and `--all`. */
export interface LineSelection extends LineFilters {
  atRisk: boolean;
  all: boolean;
}

export const AT_RISK: readonly Risk[] = ['warning', 'critical', 'lost'];

export function isAtRisk(view: LineView): boolean {
  return AT_RISK.includes(view.risk);
}

export function hasFilters(o: LineFilters): boolean {
  return o.expiringWithin !== null || o.states !== null || o.label !== null;
}

/** True when any selector was given: the command acts on many lines. */
export function selectsLines(o: LineSelection): boolean {
  return o.atRisk || o.all || hasFilters(o);
}

export function matchesFilters(view: LineView, o: LineFilters): boolean {
  const { state, daysLeft } = view.validity;
  if (o.expiringWithin !== null && (daysLeft === null || daysLeft > o.expiringWithin || state === 'recycled')) return false;
  if (o.states !== null && !o.states.includes(state)) return false;
  if (o.label !== null && !(view.label ?? '').toLowerCase().includes(o.label.toLowerCase())) return false;
  return true;
}

/** The lines every given selector matches (they narrow each other; `--all` alone takes every line). */
export function selectLines(views: readonly LineView[], o: LineSelection): LineView[] {
  return views.filter((view) => (!o.atRisk || isAtRisk(view)) && matchesFilters(view, o));
}
