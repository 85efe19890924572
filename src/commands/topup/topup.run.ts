import type { Context } from '../../app/context.js';
import { pickLine } from '../../app/pick-line.js';
import { allTargets } from '../../app/targets.js';
import { guardLargeAmount, guardNoExtension, parseAmountFlag, promptAmount } from '../../app/payments/amount.js';
import { chooseMethod, confirmPayment, payAndVerify, printDryRun, printReceipt, readLine, summaryLines } from '../../app/payments/flow.js';
import { requireScriptedPayment } from '../../app/payments/precheck.js';
import { formatMoney, toJson } from '../../domain/money.js';
import { topupQuote } from '../../domain/quote.js';
import type { LineView } from '../../app/lines.js';
import type { TopupOptions } from './topup.command.js';
import { UsageError } from '../../errors.js';

export async function runTopup(ctx: Context, options: TopupOptions): Promise<number> {
  // Recording a payment made elsewhere checks its own flags (--receipt, --yes) once the line is known.
  if (!options.record) requireScriptedPayment(ctx, options.line, [{ flag: '--amount', absent: options.amount === null }], options.dryRun);
  const found = await pickLine(ctx, allTargets(ctx), options.line, 'topup');
  if (found.target.kind === 'manual') {
    const { recordTrackedPayment } = await import('../../app/tracked/record.js');
    return recordTrackedPayment(ctx, found, { kind: 'topup', ...options });
  }
  if (options.record || options.receipt !== null || options.web) throw new UsageError(ctx.t['tracked.recordOnlyTracked'](found.line.id));
  const before = await readLine(ctx, found);
  const { rules } = before.status;
  const amount = options.amount !== null ? parseAmountFlag(ctx, options.amount, rules) : await promptAmount(ctx, before);
  await guardLargeAmount(ctx, rules, amount, options.allowLarge);
  const quoteFor = (view: LineView) => topupQuote(view.status, amount, ctx.now(), ctx.timeZone);
  const quote = quoteFor(before);
  const warnings = await guardNoExtension(ctx, amount, quote, options.dryRun);
  const method = await chooseMethod(ctx, found, before, options.method);
  const sides = found.provider.topupSides ? await found.provider.topupSides(found.line.id, amount) : null;
  const lines = summaryLines(ctx, { before, action: ctx.t['pay.action.topup'](formatMoney(amount, ctx.locale)), amount, method, quote, sides });

  if (options.dryRun) {
    const request = { kind: 'topup', account: found.target.name, line: found.line.id, amount: toJson(amount), method };
    await printDryRun(ctx, request, before, quote, lines, warnings);
    return 0;
  }
  await confirmPayment(ctx, lines);
  const result = await payAndVerify(ctx, { found, kind: 'topup', amount, method, plan: null }, before, quoteFor, warnings);
  await printReceipt(ctx, result);
  return 0;
}
