// The steps top-up and renew share: choosing the payment method, the summary and confirmation, paying under a
// spinner, re-reading the line to verify, and the receipt.

import type { Context } from '../context.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { dateOrDash, writtenDate } from '../../domain/dates.js';
import { formatMoney, formatWireMoney, toJson, type Money } from '../../domain/money.js';
import { AccountError } from '../../providers/account-error.js';
import { daysAddedBy, providerToday, type Quote } from '../../domain/quote.js';
import type { Order } from '../../store/journal.js';
import { printJson, printText } from '../../io/output.js';
import { toLineView, type FoundLine, type LineView } from '../lines.js';
import { statusJson } from '../status-json.js';
import { pay, type PaymentIntent } from './pay.js';
import { withProgress } from '../progress.js';

export async function readLine(ctx: Pick<Context, 'config' | 'now' | 'spinner' | 't' | 'timeZone'>, found: FoundLine): Promise<LineView> {
  const spinner = await ctx.spinner(() => ctx.t['pay.reading'](found.line.id));
  try {
    return await fetchView(ctx, found);
  } finally {
    spinner.stop();
  }
}

async function fetchView(ctx: Pick<Context, 'config' | 'now' | 'timeZone'>, found: FoundLine): Promise<LineView> {
  const status = await found.provider.lineStatus(found.line.id);
  return toLineView(found.target, status, ctx.now(), ctx.timeZone, ctx.config.read().settings.warnDays);
}

/** Something a person should know about a payment that went ahead anyway: on stderr, and in the JSON. */
export interface PaymentWarning {
  code: 'expiry-unchanged';
  message: string;
}

/** The method a payment uses when none is chosen: the line's default, else the provider's first (asked only then). */
export async function defaultMethodOf(found: FoundLine, status: LineView['status']): Promise<string | undefined> {
  return status.defaultMethod ?? (await found.provider.paymentMethods(found.line.id))[0]?.id;
}

/** --method when given (checked against the provider's list), else a choice on a terminal, else the default. */
export async function chooseMethod(
  ctx: Pick<Context, 'canPrompt' | 'globals' | 'prompter' | 'spinner' | 't'>,
  found: FoundLine,
  before: LineView,
  flag: string | null,
): Promise<string> {
  const methods = await withProgress(ctx, () => ctx.t['progress.methods'](found.line.id), () => found.provider.paymentMethods(found.line.id));
  if (flag !== null) {
    if (!methods.some((m) => m.id === flag)) throw new UsageError(ctx.t['pay.unknownMethod'](flag, methods.map((m) => m.id).join(', ')));
    return flag;
  }
  const fallback = before.status.defaultMethod ?? methods[0]?.id;
  if (fallback === undefined) throw new UsageError(ctx.t['pay.noMethods']);
  if (!ctx.canPrompt || ctx.globals.yes) return fallback;
  return ctx.prompter.select(
    ctx.t['pay.pickMethod'],
    methods.map((m) => ({ value: m.id, name: `${m.name} (${m.id})` })),
    fallback,
  );
}

export interface SummaryInput {
  before: LineView;
  action: string;
  amount: Money;
  method: string;
  quote: Quote;
  /** What is delivered and what the account pays, when the two differ (a top-up network's rate). */
  sides?: { delivered: Money; charged: Money } | null;
}

/** The lines a person reads before saying yes: what, how much, how, and what changes. */
export function summaryLines(ctx: Pick<Context, 'locale' | 'now' | 't' | 'timeZone'>, input: SummaryInput): string[] {
  const { t } = ctx;
  const { status, validity } = input.before;
  const who = [status.id, status.number ?? status.iccid, status.alias ? `(${status.alias})` : null].filter(Boolean).join(' ');
  return [
    `${t['pay.summary.line']}: ${who}`,
    `${t['pay.summary.action']}: ${input.action}`,
    `${t['pay.summary.amount']}: ${input.sides ? t['reloadly.sides'](formatMoney(input.sides.delivered, ctx.locale), formatMoney(input.sides.charged, ctx.locale)) : moneyOrDash(ctx, input.amount)}`,
    `${t['pay.summary.method']}: ${input.method}`,
    ...changeLines(
      ctx,
      { balance: status.balance, expiresAt: status.expiresAt, keptUntil: validity.numberKeptUntil },
      { balance: input.quote.balanceAfter, expiresAt: input.quote.expiresAfter, keptUntil: input.quote.keptUntilAfter },
    ),
  ];
}

/** "(+27 days)", "(+0 days: unchanged)", or nothing when there is no expiry to compare. */
function daysAddedNote(ctx: Pick<Context, 'now' | 't' | 'timeZone'>, before: string | null, after: string | null): string {
  const days = daysAddedBy(before, after, providerToday(before, ctx.now(), ctx.timeZone));
  return days === null ? '' : ` (${ctx.t['pay.daysAdded'](days)})`;
}

export interface LineFigures {
  balance: Money | null;
  expiresAt: string | null;
  keptUntil: string | null;
}

const moneyOrDash = (ctx: Pick<Context, 'locale'>, m: Money | null) => (m === null ? '—' : formatMoney(m, ctx.locale));

/** Balance, expiry and keep-number deadline, before → after: the quote in the summary, the result in the receipt. */
export function changeLines(ctx: Pick<Context, 'locale' | 'now' | 't' | 'timeZone'>, before: LineFigures, after: LineFigures): string[] {
  const { t } = ctx;
  return [
    `${t['pay.summary.balance']}: ${moneyOrDash(ctx, before.balance)} → ${moneyOrDash(ctx, after.balance)}`,
    `${t['pay.summary.expires']}: ${dateOrDash(before.expiresAt)} → ${dateOrDash(after.expiresAt)}${daysAddedNote(ctx, before.expiresAt, after.expiresAt)}`,
    `${t['pay.summary.keptUntil']}: ${dateOrDash(before.keptUntil)} → ${dateOrDash(after.keptUntil)}`,
  ];
}

export const figuresOf = (view: LineView): LineFigures => ({ balance: view.status.balance, expiresAt: view.status.expiresAt, keptUntil: view.validity.numberKeptUntil });

/**
 * On a terminal: show the summary, then, without --yes, ask with No as the default. Scripts reach here only
 * with --yes (precheck) and get no summary: cron mail should carry the receipt, not the preamble.
 */
export async function confirmPayment(ctx: Pick<Context, 'canPrompt' | 'globals' | 'io' | 'prompter' | 't'>, lines: string[]): Promise<void> {
  if (!ctx.canPrompt) return;
  ctx.io.stderr.write(`${lines.join('\n')}\n`);
  if (ctx.globals.yes) return;
  const confirmed = await ctx.prompter.confirm(ctx.t['pay.confirm'], false);
  if (!confirmed) throw new LebError(ExitCode.cancelled, ctx.t['pay.cancelled']);
}

export interface PaymentResult {
  order: Order;
  /** The line as it was just before this payment was sent, not as first read before the prompts. */
  before: LineView;
  after: LineView;
  warnings: PaymentWarning[];
}

/**
 * Pays, then re-reads the line. `before` is read again under the line's lock so the receipt compares with the
 * line as this payment found it (another payment may have landed while the person was choosing); the quote is
 * recomputed from that reading. When that re-read fails the first reading stands.
 */
export async function payAndVerify(
  ctx: Pick<Context, 'config' | 'debug' | 'globals' | 'lineLockWaitMs' | 'now' | 'onInterrupt' | 'paths' | 'signal' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  request: PaymentIntent,
  first: LineView,
  quoteFor: (view: LineView) => Quote,
  warnings: PaymentWarning[] = [],
): Promise<PaymentResult> {
  let before = first;
  const beforeSend = async () => {
    try {
      before = await fetchView(ctx, request.found);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      ctx.debug(`could not re-read ${request.found.line.id} before paying (${error.message}); the receipt compares with the first reading`);
    }
  };
  const spinner = await ctx.spinner(() => ctx.t['pay.paying']);
  let order: Order;
  try {
    order = await pay(ctx, { ...request, beforeSend });
  } finally {
    spinner.stop();
  }
  const after = await readLine(ctx, request.found);
  const quote = quoteFor(before);
  // The provider's answer wins; a difference from the quote is worth telling, not hiding.
  if (quote.expiresAfter !== null && after.status.expiresAt !== null && writtenDate(after.status.expiresAt) !== writtenDate(quote.expiresAfter)) {
    ctx.warn(ctx.t['pay.expiryDiffers'](writtenDate(quote.expiresAfter), writtenDate(after.status.expiresAt)));
  }
  return { order, before, after, warnings };
}

export function orderJson(order: Order) {
  return {
    id: order.id,
    kind: order.kind,
    status: order.status,
    amount: order.amount,
    method: order.method,
    plan: order.plan,
    idempotencyKey: order.idempotencyKey,
    providerRef: order.providerRef,
    reason: order.reason,
    account: order.account,
    line: order.line,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    recordedBy: order.recordedBy,
  };
}

export async function printReceipt(ctx: Pick<Context, 'color' | 'globals' | 'io' | 'locale' | 'now' | 't' | 'timeZone'>, result: PaymentResult): Promise<void> {
  if (ctx.globals.json) {
    await printJson(ctx, {
      order: orderJson(result.order),
      before: statusJson(result.before, ctx.timeZone),
      after: statusJson(result.after, ctx.timeZone),
      warnings: result.warnings,
    });
    return;
  }
  const { t } = ctx;
  const { order, before, after } = result;
  const amount = formatWireMoney(order.amount, ctx.locale);
  await printText(
    ctx,
    [
      ctx.color.out.green(t['pay.receipt.paid'](amount, order.method, order.id, order.providerRef ?? '—')),
      ...changeLines(ctx, figuresOf(before), figuresOf(after)),
    ].join('\n'),
  );
}

/** --dry-run: exactly what would be sent, and the quote, with nothing written or sent. */
export async function printDryRun(
  ctx: Pick<Context, 'color' | 'globals' | 'io' | 't' | 'timeZone'>,
  request: Record<string, unknown>,
  before: LineView,
  quote: Quote,
  lines: string[],
  warnings: PaymentWarning[] = [],
): Promise<void> {
  if (ctx.globals.json) {
    await printJson(ctx, {
      dryRun: true,
      request,
      before: statusJson(before, ctx.timeZone),
      quote: {
        expiresAt: quote.expiresAfter,
        daysAdded: quote.daysAdded,
        numberKeptUntil: quote.keptUntilAfter,
        balance: quote.balanceAfter ? toJson(quote.balanceAfter) : null,
      },
      warnings,
    });
    return;
  }
  await printText(ctx, [...lines, ctx.t['pay.dryRun'], JSON.stringify(request)].join('\n'));
}
