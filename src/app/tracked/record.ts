// `leb topup` / `leb renew` on a tracked line. leb does not pay the carrier, and says so: it shows the payment
// that really extends the line, the expiry and deadline it would give and the carrier's recharge page (opened
// with --web); then it records the payment you made there (kind, amount, method, receipt, recordedBy "you") in
// the order journal and moves the estimated expiry by the carrier's rule.

import type { Context } from '../context.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { dateIn, writtenDate } from '../../domain/dates.js';
import { formatMoney, parseAmount, toDecimalString, toJson, type Money } from '../../domain/money.js';
import { cheapestExtension, expiryIso, keepNumberRules, type Extension, type RecordedKind } from '../../domain/carriers/keep.js';
import { payBy } from '../../domain/carriers/period.js';
import { numberKeptUntil } from '../../domain/validity.js';
import { parseMethodId, parseReceipt } from './flags.js';
import { printJson, printText } from '../../io/output.js';
import { RECORDED_METHODS } from '../../providers/manual/provider.js';
import { trackedStatus } from '../../providers/manual/status.js';
import { amountError } from '../payments/amount.js';
import { whyNoPrompt } from '../payments/precheck.js';
import { changeLines, figuresOf, orderJson } from '../payments/flow.js';
import { intent, outcome } from '../payments/journal-events.js';
import { journalFor } from '../payments/pay.js';
import type { FoundLine, LineView } from '../lines.js';
import { toLineView } from '../lines.js';
import { statusJson } from '../status-json.js';
import { applyPayment } from '../../store/tracked-lines.js';
import { findTracked, trackedStore, trackedView, type FoundTracked } from './find.js';

export interface RecordOptions {
  kind: RecordedKind;
  /** As typed; parsed in the carrier's currency. */
  amount: string | null;
  method: string | null;
  receipt: string | null;
  /** --record: the payment has been made; record it. */
  record: boolean;
  web: boolean;
  dryRun: boolean;
}

export async function recordTrackedPayment(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'globals' | 'io' | 'locale' | 'noPromptReason' | 'now' | 'openUrl' | 'paths' | 'prompter' | 't' | 'timeZone' | 'warn'>,
  found: FoundLine,
  options: RecordOptions,
): Promise<number> {
  const tracked = findTracked(ctx, `${found.target.name}/${found.line.id}`);
  const { carrier, line } = tracked;
  const { t } = ctx;
  if (options.kind === 'renew' && carrier.rule.kind !== 'plan') throw new UsageError(t['tracked.renewNotPlan'](line.id, carrier.id));
  if (options.kind === 'topup' && carrier.rule.kind === 'plan') throw new UsageError(t['tracked.topupOnPlan'](line.id, carrier.id));
  const before = trackedView(ctx, tracked);
  const today = dateIn(ctx.now(), carrier.timeZone);
  const suggestion = cheapestExtension(carrier, { expiresOn: line.expiresOn, lastActivityOn: line.lastActivityOn }, today);

  const advice = adviceLines(ctx, tracked, before, suggestion);
  if (options.web) {
    if (carrier.rechargeUrl === null) ctx.warn(t['tracked.noPage'](carrier.id));
    else await ctx.openUrl(carrier.rechargeUrl);
  }
  if (!options.record) {
    if (options.dryRun && ctx.globals.json) {
      await printJson(ctx, { dryRun: true, line: line.id, before: statusJson(before, ctx.timeZone), suggestion: suggestion === null ? null : suggestionJson(ctx, tracked, suggestion), rechargeUrl: carrier.rechargeUrl });
      return 0;
    }
    ctx.io.stderr.write(`${advice.join('\n')}\n`);
    if (options.dryRun) return 0;
    if (!ctx.canPrompt) throw new UsageError(t['tracked.recordHow'](line.id));
    if (!(await ctx.prompter.confirm(t['tracked.paidYet'], false))) throw new LebError(ExitCode.cancelled, t['tracked.nothingRecorded']);
  } else if (!ctx.globals.json) {
    ctx.io.stderr.write(`${advice.join('\n')}\n`);
  }

  // Without a terminal every missing value is named at once, before the first is asked for.
  const absent = [options.amount === null ? '--amount' : null, options.receipt === null ? '--receipt' : null].filter((f): f is string => f !== null);
  if (!ctx.canPrompt && absent.length > 0) throw missingFlags(ctx, absent);
  const amount = await amountOf(ctx, tracked, options, suggestion);
  const receipt = options.receipt !== null ? parseReceipt(options.receipt, t) : await askReceipt(ctx);
  const method = options.method !== null ? parseMethodId(options.method, t) : await askMethod(ctx);
  const journal = journalFor(ctx);
  refuseDuplicate(ctx, journal.orders(), line.account, line.id, receipt);

  const preview = applyPayment(line, carrier, options.kind, amount, today);
  const after = viewOf(ctx, { ...tracked, line: preview.line });
  if (!preview.estimate.moved) ctx.warn(t[`tracked.notMoved.${preview.estimate.reason}`](line.id));
  const summary = [
    `${t['pay.summary.line']}: ${line.id} ${line.number}`,
    `${t['pay.summary.action']}: ${t[`tracked.action.${options.kind}`](formatMoney(amount, ctx.locale), method, receipt)}`,
    ...changeLines(ctx, figuresOf(before), figuresOf(after)),
  ];
  if (options.dryRun) {
    if (ctx.globals.json) await printJson(ctx, { dryRun: true, line: line.id, before: statusJson(before, ctx.timeZone), after: statusJson(after, ctx.timeZone) });
    else ctx.io.stderr.write(`${summary.join('\n')}\n${t['tracked.dryRun']}\n`);
    return 0;
  }
  if (ctx.canPrompt) {
    ctx.io.stderr.write(`${summary.join('\n')}\n`);
    if (!ctx.globals.yes && !(await ctx.prompter.confirm(t['tracked.recordConfirm'], true))) throw new LebError(ExitCode.cancelled, t['tracked.nothingRecorded']);
  } else if (!ctx.globals.yes) {
    throw new UsageError(t['tracked.recordNeedsYes']);
  }

  // Under the lines' lock: the line as it is now (another leb may have changed it), the receipt not yet
  // recorded, the order journaled (fsync'd), then the new estimate written.
  const { order, saved } = await trackedStore(ctx).update(async (lines) => {
    const current = lines.find((l) => l.id === line.id && l.account === line.account);
    if (!current) throw new UsageError(t['tracked.notTracked'](line.id));
    refuseDuplicate(ctx, journal.orders(), line.account, line.id, receipt);
    const at = ctx.now();
    const event = intent({ account: line.account, provider: 'manual', line: line.id, kind: options.kind, amount: toJson(amount), method, plan: null, recordedBy: 'you', number: line.number }, at);
    await journal.append(event, outcome(event, 'succeeded', at, { providerRef: receipt }));
    const next = applyPayment(current, carrier, options.kind, amount, today).line;
    lines[lines.indexOf(current)] = next;
    return { order: event.id, saved: next };
  });
  const recorded = journal.order(order);
  const afterSaved = viewOf(ctx, { ...tracked, line: saved });
  if (ctx.globals.json) {
    await printJson(ctx, { order: recorded ? orderJson(recorded) : null, before: statusJson(before, ctx.timeZone), after: statusJson(afterSaved, ctx.timeZone) });
    return 0;
  }
  await printText(
    ctx,
    [ctx.color.out.green(t['tracked.recorded'](formatMoney(amount, ctx.locale), method, receipt, order)), ...changeLines(ctx, figuresOf(before), figuresOf(afterSaved))].join('\n'),
  );
  return 0;
}

function viewOf(ctx: Pick<Context, 'config' | 'now' | 'timeZone'>, found: FoundTracked): LineView {
  const now = ctx.now();
  return toLineView(found.target, trackedStatus(found.line, found.carrier, now), now, ctx.timeZone, ctx.config.read().settings.warnDays);
}

/** What leb cannot do, what it would take, and where to do it. */
function adviceLines(
  ctx: Pick<Context, 'config' | 'locale' | 'now' | 't' | 'timeZone'>,
  tracked: FoundTracked,
  before: LineView,
  suggestion: Extension | null,
): string[] {
  const { t } = ctx;
  const { carrier } = tracked;
  const out = [t['tracked.cannotPayHere'](tracked.line.id, carrier.name)];
  if (suggestion === null) {
    out.push(t['tracked.noExtension'](before.status.expiresAt === null ? '—' : writtenDate(before.status.expiresAt)));
  } else {
    const json = suggestionJson(ctx, tracked, suggestion);
    const amount = suggestion.amount === null ? t['carriers.unknown'] : formatMoney(suggestion.amount, ctx.locale);
    out.push(t[`tracked.suggest.${suggestion.kind}`](amount, suggestion.expiresOn, writtenDate(json.numberKeptUntil)));
    if (json.payBy !== null) out.push(t['tracked.payBy'](json.payBy));
  }
  out.push(carrier.rechargeUrl === null ? t['carriers.pageUnknown'] : t['carriers.page'](carrier.rechargeUrl));
  return out;
}

function suggestionJson(ctx: Pick<Context, 'config' | 'now' | 'timeZone'>, tracked: FoundTracked, suggestion: Extension) {
  const { carrier } = tracked;
  const expiresAt = expiryIso(carrier, suggestion.expiresOn);
  const current = trackedView(ctx, tracked).status.expiresAt;
  // With a processing lead, pay that many working days before the current expiry (or now, once it has passed).
  const payByDate = carrier.leadWorkingDays === null || carrier.leadWorkingDays === 0 || current === null ? null : payBy(writtenDate(current), carrier.leadWorkingDays);
  return {
    kind: suggestion.kind,
    amount: suggestion.amount === null ? null : toJson(suggestion.amount),
    expiresAt,
    numberKeptUntil: numberKeptUntil(expiresAt, keepNumberRules(carrier).graceDays),
    payBy: payByDate,
  };
}

async function amountOf(
  ctx: Pick<Context, 'canPrompt' | 'locale' | 'noPromptReason' | 'prompter' | 't'>,
  tracked: FoundTracked,
  options: RecordOptions,
  suggestion: Extension | null,
): Promise<Money> {
  const rules = keepNumberRules(tracked.carrier);
  const check = (text: string) => {
    const error = amountError(ctx, text, rules);
    if (error !== null) throw new UsageError(error);
    const parsed = parseAmount(text, rules.currency);
    if (!parsed.ok) throw new UsageError(ctx.t['pay.amount.format'](parsed.exponent));
    return parsed.money;
  };
  if (options.amount !== null) return check(options.amount);
  if (!ctx.canPrompt) throw missingFlags(ctx, ['--amount']);
  const text = await ctx.prompter.input(ctx.t['tracked.askAmount'](rules.currency), {
    ...(suggestion?.amount ? { default: toDecimalString(suggestion.amount) } : {}),
    validate: (value) => amountError(ctx, value, rules) ?? true,
  });
  return check(text);
}

function missingFlags(ctx: Pick<Context, 'noPromptReason' | 't'>, flags: string[]): UsageError {
  return new UsageError(ctx.t['pay.missingFlags'](flags.join(ctx.t['usage.and']), whyNoPrompt(ctx)));
}

async function askReceipt(ctx: Pick<Context, 'canPrompt' | 'noPromptReason' | 'prompter' | 't'>): Promise<string> {
  if (!ctx.canPrompt) throw missingFlags(ctx, ['--receipt']);
  const text = await ctx.prompter.input(ctx.t['tracked.askReceipt'], {
    validate: (value) => {
      try {
        parseReceipt(value, ctx.t);
        return true;
      } catch (error) {
        return (error as Error).message;
      }
    },
  });
  return parseReceipt(text, ctx.t);
}

async function askMethod(ctx: Pick<Context, 'canPrompt' | 'prompter' | 't'>): Promise<string> {
  if (!ctx.canPrompt) return 'other';
  return ctx.prompter.select(ctx.t['tracked.askMethod'], [...RECORDED_METHODS, 'other'].map((id) => ({ value: id, name: id })), 'card');
}

function refuseDuplicate(
  ctx: Pick<Context, 't'>,
  orders: ReturnType<ReturnType<typeof journalFor>['orders']>,
  account: string,
  lineId: string,
  receipt: string,
): void {
  const same = orders.find((o) => o.account === account && o.line === lineId && o.providerRef === receipt);
  if (same) throw new UsageError(ctx.t['tracked.duplicateReceipt'](receipt, same.id));
}
