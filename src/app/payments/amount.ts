// The top-up amount: parsed strictly from --amount or chosen at a prompt (suggested amounts with the validity
// each buys, or a custom amount checked as it is typed), then held against the carrier's limits.

import type { Context } from '../context.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { writtenDate } from '../../domain/dates.js';
import { formatMoney, parseAmount, type AmountProblem, type Money } from '../../domain/money.js';
import { amountRangeProblem, extendsNothing, isLargeAmount, topupQuote, type Quote } from '../../domain/quote.js';
import { suggestedAmountsMinor, type KeepNumberRules } from '../../domain/rules.js';
import type { LineView } from '../lines.js';
import type { PaymentWarning } from './flow.js';

/** Why a typed amount is not acceptable, in words; null when it is. */
export function amountError(ctx: Pick<Context, 'locale' | 't'>, text: string, rules: KeepNumberRules): string | null {
  const parsed = parseAmount(text, rules.currency);
  if (!parsed.ok) return ctx.t['pay.amountProblem'](text, problemText(ctx, parsed.problem, parsed.exponent), rules.currency);
  const range = amountRangeProblem(rules, parsed.money);
  if (range?.kind === 'not-offered') {
    return ctx.t['pay.amountNotOffered'](text, range.offeredMinor.map((minor) => formatMoney({ minor, currency: rules.currency }, ctx.locale)).join(', '));
  }
  if (range) {
    const limit = formatMoney({ minor: range.limitMinor, currency: rules.currency }, ctx.locale);
    return range.kind === 'below-min' ? ctx.t['pay.amountBelowMin'](text, limit) : ctx.t['pay.amountAboveMax'](text, limit);
  }
  return null;
}

function problemText(ctx: Pick<Context, 't'>, problem: AmountProblem, exponent: number): string {
  switch (problem) {
    case 'empty':
      return ctx.t['pay.amount.empty'];
    case 'negative':
      return ctx.t['pay.amount.negative'];
    case 'zero':
      return ctx.t['pay.amount.zero'];
    case 'too-many-decimals':
      return ctx.t['pay.amount.decimals'](exponent);
    case 'too-large':
      return ctx.t['pay.amount.tooLarge'];
    default:
      return ctx.t['pay.amount.format'](exponent);
  }
}

export function parseAmountFlag(ctx: Pick<Context, 'locale' | 't'>, text: string, rules: KeepNumberRules): Money {
  const error = amountError(ctx, text, rules);
  if (error !== null) throw new UsageError(error);
  const parsed = parseAmount(text, rules.currency);
  if (!parsed.ok) throw new UsageError(ctx.t['pay.amount.format'](parsed.exponent));
  return parsed.money;
}

const OTHER = -1;

/** What one suggested amount really does to this line: the days the expiry moves, not the tier's nominal days. */
function amountChoiceName(ctx: Pick<Context, 'locale' | 't'>, amount: Money, quote: Quote): string {
  const shown = formatMoney(amount, ctx.locale);
  if (quote.expiresAfter === null) return `${shown}  ${ctx.t['pay.amountBuys'](quote.validityDays)}`;
  const until = writtenDate(quote.expiresAfter);
  if (quote.daysAdded === 0) return `${shown}  ${ctx.t['pay.amountAddsNothing'](until)}`;
  return `${shown}  ${ctx.t['pay.amountBuys'](quote.daysAdded ?? quote.validityDays)} → ${until}`;
}

/** The carrier's suggested amounts for this line, cheapest first, each with what it would do now. */
export function quotedAmounts(ctx: Pick<Context, 'now' | 'timeZone'>, view: LineView): { amount: Money; quote: Quote }[] {
  const { rules } = view.status;
  return suggestedAmountsMinor(rules).map((minor) => {
    const amount = { minor, currency: rules.currency };
    return { amount, quote: topupQuote(view.status, amount, ctx.now(), ctx.timeZone) };
  });
}

/** The cheapest suggested amount that really moves the line's expiry, or undefined when none does. */
export function cheapestExtending(quoted: readonly { amount: Money; quote: Quote }[]): { amount: Money; quote: Quote } | undefined {
  return quoted.find(({ quote }) => !extendsNothing(quote));
}

export async function promptAmount(ctx: Pick<Context, 'locale' | 'now' | 'prompter' | 't' | 'timeZone'>, before: LineView): Promise<Money> {
  const { rules } = before.status;
  const currency = rules.currency;
  const quoted = quotedAmounts(ctx, before);
  const choices = quoted.map(({ amount, quote }) => ({ value: amount.minor, name: amountChoiceName(ctx, amount, quote) }));
  // Enter takes the cheapest amount that really extends the line; the cheapest overall only when none does.
  const extending = cheapestExtending(quoted);
  const preferred = (extending ?? quoted[0])?.amount.minor;
  const picked = choices.length === 0 ? OTHER : await ctx.prompter.select(ctx.t['pay.pickAmount'], [...choices, { value: OTHER, name: ctx.t['pay.otherAmount'] }], preferred);
  if (picked !== OTHER) return { minor: picked, currency };
  const text = await ctx.prompter.input(ctx.t['pay.typeAmount'](currency), { validate: (value) => amountError(ctx, value, rules) ?? true });
  return parseAmountFlag(ctx, text, rules);
}

/**
 * A top-up that does not move the expiry (the line already runs past what it earns) pays for balance only. On a
 * terminal that takes a second, explicit yes (default No), even with --yes; a script is told on stderr, and the
 * warning is returned for the JSON.
 */
export async function guardNoExtension(
  ctx: Pick<Context, 'canPrompt' | 'locale' | 'prompter' | 't' | 'warn'>,
  amount: Money,
  quote: Quote,
  dryRun: boolean,
): Promise<PaymentWarning[]> {
  if (!extendsNothing(quote) || quote.expiresAfter === null) return [];
  const shown = formatMoney(amount, ctx.locale);
  const expiry = writtenDate(quote.expiresAfter);
  if (ctx.canPrompt && !dryRun) {
    const sure = await ctx.prompter.confirm(ctx.t['pay.noExtensionConfirm'](shown, expiry), false);
    if (!sure) throw new LebError(ExitCode.cancelled, ctx.t['pay.cancelled']);
    return [];
  }
  const message = ctx.t['pay.noExtensionWarning'](shown, expiry);
  ctx.warn(message);
  return [{ code: 'expiry-unchanged', message }];
}

/** Far above every suggestion: a second, explicit yes on a terminal, or --allow-large in a script. */
export async function guardLargeAmount(
  ctx: Pick<Context, 'canPrompt' | 'locale' | 'prompter' | 't'>,
  rules: KeepNumberRules,
  amount: Money,
  allowLarge: boolean,
): Promise<void> {
  if (allowLarge || !isLargeAmount(rules, amount)) return;
  const shown = formatMoney(amount, ctx.locale);
  if (!ctx.canPrompt) throw new UsageError(ctx.t['pay.largeNeedsFlag'](shown));
  const sure = await ctx.prompter.confirm(ctx.t['pay.largeConfirm'](shown), false);
  if (!sure) throw new LebError(ExitCode.cancelled, ctx.t['pay.cancelled']);
}
