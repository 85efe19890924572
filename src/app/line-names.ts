// How a line is named in sentences people read (check's messages, remind's events): its id or number, alias
// and the user's label.

import type { LineView } from './lines.js';

/** "ln_abc +85291234567 (Work backup) [Customer 12]": enough for a person to know which SIM is meant. */
export function whoOf(view: LineView): string {
  const { status } = view;
  return [
    status.id,
    status.number ?? status.iccid ?? '',
    status.alias ? `(${status.alias})` : '',
    view.label ? `[${view.label}]` : '',
  ].filter(Boolean).join(' ');
}

/**
 * "+85291234567 [Customer 12]": how a reseller knows a line in tables and per-line results (bulk payments,
 * policies, the autopilot): its number, else `line` (an ICCID or the id), and the user's label.
 */
export function shortName(who: { number: string | null; line: string; label?: string | null }): string {
  return [who.number ?? who.line, who.label ? `[${who.label}]` : ''].filter(Boolean).join(' ');
}

/** The same without the line id, for short texts such as a calendar event's title. */
export function nameOf(view: LineView): string {
  const { status } = view;
  return [status.number ?? status.iccid ?? status.id, status.alias ? `(${status.alias})` : '', view.label ? `[${view.label}]` : ''].filter(Boolean).join(' ');
}
