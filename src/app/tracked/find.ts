// Tracked lines as commands see them: found by what the user typed, with their carrier, account and status.

import type { Context } from '../context.js';
import { UsageError } from '../../errors.js';
import type { Carrier } from '../../domain/carriers/types.js';
import { findCarrier } from '../../domain/carriers/catalogue.js';
import type { AccountTarget } from '../../providers/open.js';
import { trackedStatus } from '../../providers/manual/status.js';
import { loadCatalogue } from '../../store/catalogue.js';
import { TrackedLineStore, type TrackedLine } from '../../store/tracked-lines.js';
import { accountTarget } from '../targets.js';
import { labelOf, lineMatchRank, toLineView, type LineView } from '../lines.js';

export function trackedStore(ctx: Pick<Context, 'paths'>): TrackedLineStore {
  return new TrackedLineStore(ctx.paths.tracked);
}

export function catalogueOf(ctx: Pick<Context, 'paths'>): Carrier[] {
  return loadCatalogue(ctx.paths.carriers);
}

export function carrierOrFail(ctx: Pick<Context, 't'>, catalogue: readonly Carrier[], id: string): Carrier {
  const carrier = findCarrier(catalogue, id);
  if (!carrier) throw new UsageError(ctx.t['carriers.notFound'](id));
  return carrier;
}

export interface FoundTracked {
  line: TrackedLine;
  carrier: Carrier;
  target: AccountTarget;
}

/** The tracked line `ref` names (id, account/id, number or the user's label); exit 2 naming it when there is none. */
export function findTracked(ctx: Pick<Context, 'config' | 'paths' | 't'>, ref: string): FoundTracked {
  const lines = trackedStore(ctx).read();
  const labels = ctx.config.read();
  const match = lines
    .map((line) => ({ line, rank: lineMatchRank(ref, line.account, { id: line.id, number: line.number, iccid: null, alias: null }, labelOf(labels, line.account, line.id)) }))
    .filter((m) => m.rank > 0)
    .sort((a, b) => b.rank - a.rank)[0];
  if (!match) throw new UsageError(ctx.t['tracked.notTracked'](ref));
  const config = ctx.config.read();
  const target = accountTarget(config, match.line.account) ?? { name: match.line.account, kind: 'manual' as const, account: null };
  return { line: match.line, carrier: carrierOrFail(ctx, catalogueOf(ctx), match.line.carrier), target };
}

/** The line's status view as `status` would show it. */
export function trackedView(ctx: Pick<Context, 'config' | 'now' | 'timeZone'>, found: FoundTracked): LineView {
  const now = ctx.now();
  return toLineView(found.target, trackedStatus(found.line, found.carrier, now), now, ctx.timeZone, ctx.config.read().settings.warnDays);
}
