// An estimate leb made from a recorded payment is only as good as the carrier's rule and the user's record:
// past the carrier's confirm-after age, say so once per line, with the command that confirms it.

import type { Context } from '../context.js';
import type { LineView } from '../lines.js';

export function confirmCommand(view: LineView): string {
  const activity = view.status.tracked?.carrier.rule.kind === 'activity';
  return `leb line confirm ${view.status.id} ${activity ? '--last-activity' : '--expires'} <YYYY-MM-DD>`;
}

export function warnStaleEstimates(ctx: Pick<Context, 't' | 'warn'>, views: readonly LineView[]): void {
  for (const view of views) {
    const tracked = view.status.tracked;
    if (!tracked?.estimateStale || tracked.estimatedFrom === null) continue;
    ctx.warn(ctx.t['tracked.staleEstimate'](view.status.id, tracked.estimatedFrom, confirmCommand(view)));
  }
}
