// The line a command acts on: --line when given; otherwise the only line; otherwise, on a terminal, a choice
// with the most urgent line first (Enter takes it); otherwise a usage error naming --line. With many lines the
// choice filters as the person types (number, label, id, ...), since scrolling through them is no way to
// find one; Enter before typing still takes the most urgent.

import type { Context } from './context.js';
import { UsageError } from '../errors.js';
import type { AccountTarget } from '../providers/open.js';
import { fetchLineViews, resolveLine, type FoundLine, type LineView } from './lines.js';
import { attachNotes } from './line-notes.js';
import { sortByUrgency } from './status-json.js';
import { writtenDate } from '../domain/dates.js';
import { visible } from '../domain/visible-text.js';

/** From this many lines on, the picker is a search: more than fit on one page of the list (10). */
export const SEARCH_FROM = 11;

/**
 * Does what the person typed name this line? Every word must be found, any case, in its id (or account/id),
 * number, ICCID, alias or label; digits typed with spaces, dashes or a + are looked for among the number's
 * and ICCID's digits, so "9123 4567" and "+852-9123" both find +85291234567.
 */
export function lineMatchesTyped(typed: string, view: Pick<LineView, 'target' | 'status' | 'label'>): boolean {
  const { status } = view;
  const texts = [status.id, `${view.target.name}/${status.id}`, status.number, status.iccid, status.alias, view.label ?? null]
    .filter((text): text is string => text !== null && text !== undefined)
    .map((text) => text.toLowerCase());
  const digits = [status.number, status.iccid].filter((text): text is string => text !== null).map((text) => text.replace(/\D/g, ''));
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const compact = typed.replace(/[\s()+-]/g, '');
  if (/^\d+$/.test(compact) && digits.some((d) => d.includes(compact))) return true;
  return words.every((word) => texts.some((text) => text.includes(word)) || (/^[\d()+-]+$/.test(word) && digits.some((d) => d.includes(word.replace(/\D/g, '')))));
}

function choiceName(ctx: Pick<Context, 't'>, view: LineView): string {
  return [
    view.status.id,
    view.status.number ?? view.status.iccid ?? '',
    view.status.alias ? `(${view.status.alias})` : '',
    view.label ? `[${visible(view.label)}]` : '',
    view.status.expiresAt ? ctx.t['pick.lineState'](ctx.t[`status.state.${view.validity.state}`], writtenDate(view.status.expiresAt)) : '',
  ]
    .filter(Boolean)
    .join('  ');
}

export async function pickLine(
  ctx: Pick<Context, 'canPrompt' | 'config' | 'now' | 'prompter' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  targets: readonly AccountTarget[],
  ref: string | null,
  purpose: string,
): Promise<FoundLine> {
  if (ref !== null) return resolveLine(ctx, targets, ref);
  const { views, failures } = await fetchLineViews(ctx, targets, { warnDays: ctx.config.read().settings.warnDays });
  if (failures.length > 0 && views.length === 0) throw failures[0]?.error;
  const sorted = attachNotes(sortByUrgency(views), ctx.config.read());
  const only = sorted.length === 1 ? sorted[0] : undefined;
  const toFound = async (view: LineView): Promise<FoundLine> => ({
    target: view.target,
    provider: await ctx.provider(view.target),
    line: { id: view.status.id, number: view.status.number, iccid: view.status.iccid, alias: view.status.alias },
  });
  if (only) return toFound(only);
  const first = sorted[0];
  if (first === undefined) throw new UsageError(ctx.t['status.noLines']);
  if (!ctx.canPrompt) throw new UsageError(ctx.t['pick.lineMissing'](purpose));
  const choices = sorted.map((view) => ({ value: view, name: choiceName(ctx, view) }));
  const chosen =
    sorted.length < SEARCH_FROM
      ? await ctx.prompter.select(ctx.t['pick.line'], choices, first)
      : await ctx.prompter.search(ctx.t['pick.lineSearch'], {
          source: (typed) => (typed.trim() === '' ? choices : choices.filter((choice) => lineMatchesTyped(typed, choice.value))),
          defaultValue: first,
          noMatch: ctx.t['pick.noMatch'],
        });
  return toFound(chosen);
}
