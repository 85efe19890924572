// The line a command acts on: --line when given; otherwise the only line; otherwise, on a terminal, a choice
// with the most urgent line first (Enter takes it); otherwise a usage error naming --line.

import type { Context } from './context.js';
import { UsageError } from '../errors.js';
import type { AccountTarget } from '../providers/open.js';
import { fetchLineViews, resolveLine, type FoundLine } from './lines.js';
import { sortByUrgency } from './status-json.js';
import { writtenDate } from '../domain/dates.js';

export async function pickLine(ctx: Context, targets: readonly AccountTarget[], ref: string | null, purpose: string): Promise<FoundLine> {
  if (ref !== null) return resolveLine(ctx, targets, ref);
  const { views, failures } = await fetchLineViews(ctx, targets, { warnDays: ctx.config.read().settings.warnDays });
  if (failures.length > 0 && views.length === 0) throw failures[0]?.error;
  const sorted = sortByUrgency(views);
  const only = sorted.length === 1 ? sorted[0] : undefined;
  const toFound = async (view: (typeof sorted)[number]): Promise<FoundLine> => ({
    target: view.target,
    provider: await ctx.provider(view.target),
    line: { id: view.status.id, number: view.status.number, iccid: view.status.iccid, alias: view.status.alias },
  });
  if (only) return toFound(only);
  if (sorted.length === 0) throw new UsageError(ctx.t['status.noLines']);
  if (!ctx.canPrompt) throw new UsageError(ctx.t['pick.lineMissing'](purpose));
  const chosen = await ctx.prompter.select(
    ctx.t['pick.line'],
    sorted.map((view) => ({
      value: view,
      name: [
        view.status.id,
        view.status.number ?? view.status.iccid ?? '',
        view.status.alias ? `(${view.status.alias})` : '',
        view.status.expiresAt ? ctx.t['pick.lineState'](ctx.t[`status.state.${view.validity.state}`], writtenDate(view.status.expiresAt)) : '',
      ].filter(Boolean).join('  '),
    })),
    sorted[0],
  );
  return toFound(chosen);
}
