// Keep-alive policies as the app uses them: where they live (the sandbox keeps its own, like its journal), the
// default lead time of a line, what a line has spent from the journal, and a stored policy as the domain's
// KeepPolicy in the line's own calendar and currency.

import { join } from 'node:path';
import type { Context } from '../context.js';
import { dateAtOffset, writtenOffset, type LocalDate } from '../../domain/dates.js';
import { defaultLeadDays, type KeepPolicy, type Spend } from '../../domain/autopilot.js';
import { parseWireAmount } from '../../domain/money.js';
import { providerToday } from '../../domain/quote.js';
import { providerUntil } from '../../domain/until.js';
import type { LineStatus } from '../../providers/port.js';
import type { Order } from '../../store/journal.js';
import { PolicyStore, type StoredPolicy } from '../../store/policies.js';
import type { LineView } from '../lines.js';

export function policyStore(ctx: Pick<Context, 'globals' | 'paths'>): PolicyStore {
  return new PolicyStore(join(ctx.globals.sandbox ? ctx.paths.sandbox : ctx.paths.home, 'policies.json'));
}

/** Where `autopilot run` writes its JSON run reports. */
export function reportsDir(ctx: Pick<Context, 'globals' | 'paths'>): string {
  return join(ctx.globals.sandbox ? ctx.paths.sandbox : ctx.paths.home, 'autopilot');
}

/** The provider's own delay, plus the carrier's stated processing time for lines leb tracks itself. */
export async function defaultLeadFor(ctx: Pick<Context, 'config' | 'paths' | 't'>, view: LineView): Promise<number> {
  let carrierLead: number | null = null;
  if (view.target.kind === 'manual' || view.target.kind === 'reloadly') {
    const { trackedCarrier } = await import('../tracked/find.js');
    try {
      carrierLead = trackedCarrier(ctx, view.target.name, view.status.id).leadWorkingDays;
    } catch {
      carrierLead = null;
    }
  }
  return defaultLeadDays(view.target.kind, carrierLead);
}

/** The suffix new expiries are written with: the line's own wall time and offset, else end of day UTC. */
export function expirySuffix(status: LineStatus): string {
  return status.expiresAt === null ? 'T23:59:59Z' : status.expiresAt.slice(10);
}

/** Every order on the line that may have cost money (all but the failed), dated in the line's calendar. */
export function spendOf(orders: readonly Order[], account: string, line: string, suffix: string): Spend[] {
  const offset = writtenOffset(`2000-01-01${suffix}`);
  const spent: Spend[] = [];
  for (const order of orders) {
    if (order.account !== account || order.line !== line || order.status === 'failed') continue;
    const amount = parseWireAmount(order.amount.amount, order.amount.currency);
    if (amount !== null) spent.push({ date: dateAtOffset(new Date(order.createdAt), offset), amount });
  }
  return spent;
}

/** Today in the line's calendar. */
export function lineToday(ctx: Pick<Context, 'now' | 'timeZone'>, status: LineStatus): LocalDate {
  return providerToday(status.expiresAt, ctx.now(), ctx.timeZone);
}

/** The stored policy for the domain: its date moved to the provider's calendar, its money parsed. */
export function toKeepPolicy(ctx: Pick<Context, 'now' | 'timeZone'>, stored: StoredPolicy, status: LineStatus): KeepPolicy {
  const today = lineToday(ctx, status);
  const parse = (wire: { amount: string; currency: string } | null) => (wire === null ? null : parseWireAmount(wire.amount, wire.currency));
  return {
    until: stored.until === null ? null : providerUntil(stored.until, ctx.timeZone, expirySuffix(status), today),
    budget: parse(stored.budget),
    max: parse(stored.max),
    leadDays: stored.leadDays,
  };
}

export function policyKey(p: Pick<StoredPolicy, 'account' | 'line'>): string {
  return `${p.account}/${p.line}`;
}
