// One plan before anything is paid: for each selected line, what would be bought (amount or plan, method, the
// new expiry), or why the line is skipped. Reads the provider (plans, methods) but sends nothing.

import type { Context } from '../context.js';
import { LebError, UsageError, ExitCode, type ExitCodeValue } from '../../errors.js';
import { formatMoney, type Money } from '../../domain/money.js';
import { extendsNothing, isLargeAmount, renewalQuote, topupQuote, type Quote } from '../../domain/quote.js';
import { writtenDate } from '../../domain/dates.js';
import { AccountError } from '../../providers/account-error.js';
import { unsettledOn, type Order } from '../../store/journal.js';
import type { FoundLine, LineView } from '../lines.js';
import { cheapestExtending, parseAmountFlag, quotedAmounts } from '../payments/amount.js';
import { defaultMethodOf } from '../payments/flow.js';
import { batchOrderFor } from './batch.js';

export interface BulkRequest {
  kind: 'topup' | 'renew';
  /** --amount as typed (parsed in each line's currency); null: each line's cheapest amount that extends it. */
  amount: string | null;
  /** --plan; null: each line's current plan. */
  plan: string | null;
  method: string | null;
  allowLarge: boolean;
}

export interface PlannedPayment {
  view: LineView;
  found: FoundLine;
  amount: Money;
  plan: string | null;
  method: string;
  quote: Quote;
}

export interface SkippedLine {
  view: LineView;
  reason: string;
  /** What the skip means for the run's exit code: null when there was nothing to do (already paid). */
  code: ExitCodeValue | null;
}

export type PlanItem = { pay: PlannedPayment } | { skip: SkippedLine };

/** Why a line cannot be paid in this run: the item, carrying the exit code a single payment would have had. */
class Skip extends Error {
  constructor(
    readonly reason: string,
    readonly code: ExitCodeValue | null,
  ) {
    super(reason);
  }
}

export async function planLine(
  ctx: Pick<Context, 'config' | 'describe' | 'locale' | 'now' | 'paths' | 'provider' | 't' | 'timeZone'>,
  view: LineView,
  request: BulkRequest,
  batch: string,
  orders: readonly Order[],
): Promise<PlanItem> {
  try {
    return { pay: await planPayment(ctx, view, request, batch, orders) };
  } catch (error) {
    if (error instanceof Skip) return { skip: { view, reason: error.reason, code: error.code } };
    // A provider that fails while planning one line: that line is skipped with the provider's words.
    if (error instanceof AccountError || (error instanceof LebError && !(error.exitCode === ExitCode.interrupted))) {
      const reported = ctx.describe(error);
      return { skip: { view, reason: reported.message, code: reported.exitCode } };
    }
    throw error;
  }
}

async function planPayment(
  ctx: Pick<Context, 'config' | 'locale' | 'now' | 'paths' | 'provider' | 't' | 'timeZone'>,
  view: LineView,
  request: BulkRequest,
  batch: string,
  orders: readonly Order[],
): Promise<PlannedPayment> {
  const { t } = ctx;
  const { status, target } = view;
  if (target.kind === 'manual') throw new Skip(await byHandReason(ctx, view), ExitCode.notAllDone);
  if (view.validity.state === 'recycled') throw new Skip(t['bulk.skip.recycled'], ExitCode.refused);

  const earlier = batchOrderFor(orders, batch, target.name, status.id);
  if (earlier?.status === 'succeeded') throw new Skip(t['bulk.skip.alreadyPaid'](earlier.id), null);
  // An unsettled order of another run blocks the line (pay() would try to settle it first and stop); one of
  // this batch is resent by pay() with its own key.
  const blocking = unsettledOn(orders, target.name, status.id).find((o) => o.batch !== batch);
  if (blocking) throw new Skip(t['bulk.skip.unsettled'](blocking.id), ExitCode.unknownOutcome);

  const provider = await ctx.provider(target);
  const found: FoundLine = { target, provider, line: { id: status.id, number: status.number, iccid: status.iccid, alias: status.alias } };
  const { amount, plan, quote } = request.kind === 'topup' ? topupChoice(ctx, view, request) : await renewChoice(ctx, found, view, request);
  const method = await methodFor(ctx, found, view, request.method);
  return { view, found, amount, plan, method, quote };
}

function topupChoice(
  ctx: Pick<Context, 'locale' | 'now' | 't' | 'timeZone'>,
  view: LineView,
  request: BulkRequest,
): { amount: Money; plan: null; quote: Quote } {
  const { rules } = view.status;
  const quoteOf = (amount: Money) => topupQuote(view.status, amount, ctx.now(), ctx.timeZone);
  let amount: Money;
  if (request.amount !== null) {
    try {
      amount = parseAmountFlag(ctx, request.amount, rules);
    } catch (error) {
      if (error instanceof UsageError) throw new Skip(error.message, ExitCode.usage);
      throw error;
    }
    if (!request.allowLarge && isLargeAmount(rules, amount)) throw new Skip(ctx.t['bulk.skip.large'](formatMoney(amount, ctx.locale)), ExitCode.usage);
  } else {
    // As the picker's default: the cheapest suggested amount that really moves the expiry.
    const extending = cheapestExtending(quotedAmounts(ctx, view));
    if (extending === undefined) throw new Skip(ctx.t['bulk.skip.noExtendingAmount'], null);
    amount = extending.amount;
  }
  const quote = quoteOf(amount);
  if (extendsNothing(quote) && quote.expiresAfter !== null) {
    throw new Skip(ctx.t['bulk.skip.extendsNothing'](formatMoney(amount, ctx.locale), writtenDate(quote.expiresAfter)), null);
  }
  return { amount, plan: null, quote };
}

async function renewChoice(
  ctx: Pick<Context, 'now' | 't' | 'timeZone'>,
  found: FoundLine,
  view: LineView,
  request: BulkRequest,
): Promise<{ amount: Money; plan: string; quote: Quote }> {
  const wanted = request.plan ?? view.status.plan?.id ?? null;
  if (wanted === null) throw new Skip(ctx.t['bulk.skip.noCurrentPlan'], ExitCode.usage);
  const plans = await found.provider.plans(found.line.id);
  const plan = plans.find((p) => p.id === wanted);
  if (!plan) throw new Skip(ctx.t['bulk.skip.planNotOffered'](wanted, plans.map((p) => p.id).join(', ') || '—'), ExitCode.refused);
  return { amount: plan.price, plan: plan.id, quote: renewalQuote(view.status, plan, ctx.now(), ctx.timeZone) };
}

/** --method when this line offers it; else the line's default; else the provider's first method. */
async function methodFor(ctx: Pick<Context, 't'>, found: FoundLine, view: LineView, flag: string | null): Promise<string> {
  if (flag === null) {
    const method = await defaultMethodOf(found, view.status);
    if (method === undefined) throw new Skip(ctx.t['pay.noMethods'], ExitCode.refused);
    return method;
  }
  const methods = await found.provider.paymentMethods(found.line.id);
  if (!methods.some((m) => m.id === flag)) throw new Skip(ctx.t['bulk.skip.methodNotOffered'](flag, methods.map((m) => m.id).join(', ') || '—'), ExitCode.usage);
  return flag;
}

/** Tracked lines are paid on the carrier's own page: the reason says where. */
async function byHandReason(ctx: Pick<Context, 'config' | 'paths' | 't'>, view: LineView): Promise<string> {
  const { trackedCarrier } = await import('../tracked/find.js');
  const carrier = trackedCarrier(ctx, view.target.name, view.status.id);
  return ctx.t['bulk.skip.byHand'](carrier.rechargeUrl ?? carrier.name);
}
