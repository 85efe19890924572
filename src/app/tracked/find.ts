// Tracked lines as commands see them: found by what the user typed, with their carrier, account and status.

import type { Context } from '../context.js';
import { UsageError } from '../../errors.js';
import type { Carrier } from '../../domain/carriers/types.js';
import { findCarrier } from '../../domain/carriers/catalogue.js';
import type { AccountTarget } from '../../providers/open.js';
import { trackedStatus } from '../../providers/manual/status.js';
import { loadCatalogue } from '../../store/catalogue.js';
import { trackedLineStore, type TrackedLine, type TrackedLineStore } from '../../store/tracked-lines.js';
import { accountTarget } from '../targets.js';
import { labelOf, lineMatchRank, toLineView, type LineView } from '../lines.js';

export function trackedStore(ctx: Pick<Context, 'paths'>): TrackedLineStore {
  return trackedLineStore(ctx.paths.tracked);
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
  const config = ctx.config.read();
  // An id (or account/id) is the best match there is (lineMatchRank), and the first such line the one ranking
  // would pick; numbers and labels are ranked only when no id matches.
  const line =
    lines.find((l) => ref === l.id || ref === `${l.account}/${l.id}`) ??
    lines
      .map((l) => ({ line: l, rank: lineMatchRank(ref, l.account, { id: l.id, number: l.number, iccid: null, alias: null }, labelOf(config, l.account, l.id)) }))
      .filter((m) => m.rank > 0)
      .sort((a, b) => b.rank - a.rank)[0]?.line;
  if (!line) throw new UsageError(ctx.t['tracked.notTracked'](ref));
  const target = accountTarget(config, line.account) ?? { name: line.account, kind: 'manual' as const, account: null };
  return { line, carrier: carrierOrFail(ctx, catalogueOf(ctx), line.carrier), target };
}

/**
 * The carrier of the tracked line `lineId` of `account`, for what asks it line after line (keep, bulk plans,
 * autopilot): without the config, whose every read is a copy, or ranking every line for each. Exit 2 naming
 * the line when it is not tracked (any more).
 */
export function trackedCarrier(ctx: Pick<Context, 'paths' | 't'>, account: string, lineId: string): Carrier {
  const line = trackedStore(ctx).ofAccount(account).byId.get(lineId);
  if (!line) throw new UsageError(ctx.t['tracked.notTracked'](`${account}/${lineId}`));
  return carrierOrFail(ctx, catalogueOf(ctx), line.carrier);
}

/** The line's status view as `status` would show it. */
export function trackedView(ctx: Pick<Context, 'config' | 'now' | 'timeZone'>, found: FoundTracked): LineView {
  const now = ctx.now();
  return toLineView(found.target, trackedStatus(found.line, found.carrier, now), now, ctx.timeZone, ctx.config.read().settings.warnDays);
}
