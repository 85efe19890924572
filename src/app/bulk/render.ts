// What a bulk run shows: the plan (before paying, or as the whole answer of --dry-run) and the results, as a
// table for people and as JSON for scripts. Money is summed per currency, never across currencies.

import type { Context } from '../context.js';
import { dateOrDash } from '../../domain/dates.js';
import { formatMoney, formatSums, sumByCurrency, toJson } from '../../domain/money.js';
import { layoutTable, noteHidden, printJson, printText } from '../../io/output.js';
import type { Order } from '../../store/journal.js';
import type { ExitCodeValue } from '../../errors.js';
import { orderJson } from '../payments/flow.js';
import { shortName } from '../line-names.js';
import type { LineView } from '../lines.js';
import type { PlannedPayment, SkippedLine } from './plan.js';

export interface BulkResult {
  item: PlannedPayment;
  order: Order | null;
  /** Why the line is not done, in words; null when it was paid. */
  error: string | null;
  code: ExitCodeValue | null;
}

export function planTotals(ctx: Pick<Context, 'locale'>, planned: readonly PlannedPayment[]): string {
  return formatSums(sumByCurrency(planned.map((p) => p.amount)), ctx.locale);
}

/** Number and label first: a reseller knows lines by number and customer, the id is for commands. */
const lineName = (view: LineView) => shortName({ number: view.status.number ?? view.status.iccid, line: view.status.id, label: view.label ?? null });

function actionText(ctx: Pick<Context, 't'>, item: PlannedPayment): string {
  return item.plan === null ? ctx.t['bulk.action.topup'] : ctx.t['bulk.action.renew'](item.plan);
}

function planJson(item: PlannedPayment) {
  const { status } = item.view;
  return {
    account: item.view.target.name,
    line: status.id,
    number: status.number,
    label: item.view.label ?? null,
    action: item.plan === null ? 'topup' : 'renew',
    plan: item.plan,
    amount: toJson(item.amount),
    method: item.method,
    extendsTo: item.quote.expiresAfter,
    daysAdded: item.quote.daysAdded,
  };
}

function skippedJson(skip: SkippedLine) {
  return { account: skip.view.target.name, line: skip.view.status.id, number: skip.view.status.number, label: skip.view.label ?? null, reason: skip.reason };
}

function skippedText(ctx: Pick<Context, 't'>, skipped: readonly SkippedLine[]): string[] {
  if (skipped.length === 0) return [];
  return [ctx.t['bulk.skippedHead'](skipped.length), ...skipped.map((s) => `  ${lineName(s.view)} (${s.view.status.id}): ${s.reason}`)];
}

export interface PlanShown {
  batch: string;
  planned: readonly PlannedPayment[];
  skipped: readonly SkippedLine[];
  dryRun: boolean;
  /** The plan is the command's answer (dry run, or nothing to pay): on stdout; else a preamble on stderr. */
  toStdout: boolean;
  /** How many lines the selectors matched. */
  matched: number;
}

export async function printBulkPlan(ctx: Pick<Context, 'canPrompt' | 'color' | 'globals' | 'io' | 'locale' | 'note' | 't'>, shown: PlanShown): Promise<void> {
  const { t } = ctx;
  if (shown.toStdout && ctx.globals.json) {
    await printJson(ctx, {
      batch: shown.batch,
      dryRun: shown.dryRun,
      plan: shown.planned.map(planJson),
      skipped: shown.skipped.map(skippedJson),
      totals: sumByCurrency(shown.planned.map((p) => p.amount)).map(toJson),
      results: [],
    });
    return;
  }
  if (!shown.toStdout && !ctx.canPrompt) return;
  if (shown.matched === 0) {
    ctx.note(t['bulk.noMatch']);
    return;
  }
  const out: string[] = [];
  if (shown.planned.length > 0) {
    const head = [t['bulk.col.line'], t['bulk.col.account'], t['bulk.col.action'], t['bulk.col.amount'], t['bulk.col.method'], t['bulk.col.expires']];
    const rows = shown.planned.map((item) => [
      lineName(item.view),
      item.view.target.name,
      actionText(ctx, item),
      formatMoney(item.amount, ctx.locale),
      item.method,
      `${dateOrDash(item.view.status.expiresAt)} → ${dateOrDash(item.quote.expiresAfter)}${item.quote.daysAdded === null ? '' : ` (${t['pay.daysAdded'](item.quote.daysAdded)})`}`,
    ]);
    const table = layoutTable(ctx, head, rows, { shrink: [0], dropOrder: [4, 1] });
    out.push(table.text);
    noteHidden(ctx, table.hidden);
  }
  out.push(...skippedText(ctx, shown.skipped));
  out.push(shown.planned.length === 0 ? t['bulk.nothingToPay'] : t['bulk.total'](planTotals(ctx, shown.planned), shown.planned.length));
  if (shown.dryRun && shown.planned.length > 0) out.push(t['bulk.dryRun']);
  const text = out.join('\n');
  if (shown.toStdout) await printText(ctx, text);
  else ctx.io.stderr.write(`${text}\n`);
}

export interface ResultsShown {
  batch: string;
  planned: readonly PlannedPayment[];
  skipped: readonly SkippedLine[];
  results: readonly BulkResult[];
}

export async function printBulkResults(ctx: Pick<Context, 'color' | 'globals' | 'io' | 'locale' | 't'>, shown: ResultsShown): Promise<void> {
  const { t } = ctx;
  const paid = shown.results.filter((r) => r.code === null);
  const notDone = shown.results.length - paid.length;
  if (ctx.globals.json) {
    await printJson(ctx, {
      batch: shown.batch,
      dryRun: false,
      plan: shown.planned.map(planJson),
      skipped: shown.skipped.map(skippedJson),
      totals: sumByCurrency(shown.planned.map((p) => p.amount)).map(toJson),
      results: shown.results.map((r) => ({
        account: r.item.view.target.name,
        line: r.item.view.status.id,
        order: r.order === null ? null : orderJson(r.order),
        error: r.error,
      })),
      paid: sumByCurrency(paid.map((r) => r.item.amount)).map(toJson),
    });
    return;
  }
  const head = [t['bulk.col.line'], t['bulk.col.result'], t['bulk.col.amount'], t['bulk.col.order'], t['bulk.col.expires']];
  const rows = shown.results.map((r) => [
    lineName(r.item.view),
    r.code === null ? ctx.color.out.green(t['bulk.result.paid']) : ctx.color.out.red(r.error ?? ''),
    formatMoney(r.item.amount, ctx.locale),
    r.order?.id ?? '—',
    r.code === null ? dateOrDash(r.item.quote.expiresAfter) : dateOrDash(r.item.view.status.expiresAt),
  ]);
  const table = layoutTable(ctx, head, rows, { shrink: [1, 0], dropOrder: [3, 4] });
  const paidTotal = formatSums(sumByCurrency(paid.map((r) => r.item.amount)), ctx.locale) || formatMoney({ minor: 0, currency: shown.planned[0]?.amount.currency ?? 'USD' }, ctx.locale);
  const summary = notDone === 0 ? t['bulk.summary.all'](paid.length, paidTotal) : t['bulk.summary.some'](paid.length, shown.results.length, paidTotal, notDone, shown.batch);
  await printText(ctx, [table.text, ...skippedText(ctx, shown.skipped), summary].join('\n'));
  noteHidden(ctx, table.hidden);
}
