// The forecast for people: the payments in date order, spend per month (a bar chart on a terminal, plain rows
// when piped), the total, each budget's use, and the lines the policies cannot keep, said plainly.

import type { Context } from '../../app/context.js';
import type { ForecastPayment } from '../../domain/autopilot.js';
import { formatMoney, formatSums, sumByCurrency, type Money } from '../../domain/money.js';
import { shortName } from '../../app/line-names.js';
import { layoutTable, noteHidden, printText } from '../../io/output.js';

export interface ForecastLine {
  account: string;
  line: string;
  number: string | null;
  label: string | null;
  /** A tracked line: leb reminds, the person pays on the carrier's page. */
  byHand: boolean;
  payments: ForecastPayment[];
  budget: Money | null;
  spentLastYear: Money;
  firstYear: Money;
}

export interface NotKept {
  account: string;
  line: string;
  number: string | null;
  /** The first day the policy cannot keep it; null when the line could not be read at all. */
  date: string | null;
  reason: string;
  needed: { amount: string; currency: string } | null;
  /** What keeping it would cost over the next 12 months without the budget and --max, when one stopped it. */
  yearly?: { amount: string; currency: string } | null;
}

export interface ForecastView {
  lines: ForecastLine[];
  unkept: NotKept[];
  skipped: { account: string; line: string; number: string | null; reason: string }[];
}

const BAR = '█';
const MAX_BAR = 40;


export async function printForecast(
  ctx: Pick<Context, 'color' | 'io' | 'locale' | 't'>,
  view: ForecastView,
  payments: readonly { line: ForecastLine; payment: ForecastPayment }[],
  months: readonly { month: string; totals: Money[] }[],
): Promise<void> {
  const { t } = ctx;
  const money = (m: Money) => formatMoney(m, ctx.locale);
  const out: string[] = [];
  if (payments.length === 0) {
    out.push(t['autopilot.plan.nothing']);
  } else {
    const head = [t['autopilot.col.date'], t['autopilot.col.line'], t['autopilot.col.action'], t['autopilot.col.amount']];
    const rows = payments.map(({ line, payment }) => [
      payment.date,
      shortName(line),
      `${payment.planId === null ? t['bulk.action.topup'] : t['bulk.action.renew'](payment.planId)}${line.byHand ? ` (${t['autopilot.byHandShort']})` : ''}`,
      money(payment.amount),
    ]);
    const table = layoutTable(ctx, head, rows, { shrink: [1, 2] });
    out.push(table.text, '', t['autopilot.plan.perMonth'], ...monthLines(ctx, months));
    noteHidden(ctx, table.hidden);
    out.push('', t['autopilot.plan.total'](formatSums(sumByCurrency(payments.map((p) => p.payment.amount)), ctx.locale), payments.length));
  }
  for (const line of view.lines) {
    if (line.budget === null) continue;
    out.push(t['autopilot.plan.budget'](shortName(line), money(line.budget), money(line.spentLastYear), money(line.firstYear)));
  }
  if (view.unkept.length > 0) {
    out.push('', ctx.color.out.red(t['autopilot.plan.unkeptHead'](view.unkept.length)));
    for (const u of view.unkept) out.push(`  ${shortName(u)}: ${u.reason}${u.date === null ? '' : ` (${t['autopilot.plan.from'](u.date)})`}`);
  }
  if (view.skipped.length > 0) {
    out.push('', t['bulk.skippedHead'](view.skipped.length));
    for (const s of view.skipped) out.push(`  ${shortName(s)}: ${s.reason}`);
  }
  await printText(ctx, out.join('\n'));
}

/** On a terminal, a bar per month scaled to the dearest month (first currency); piped, plain rows. */
function monthLines(ctx: Pick<Context, 'color' | 'io' | 'locale'>, months: readonly { month: string; totals: Money[] }[]): string[] {
  const currency = months[0]?.totals[0]?.currency ?? null;
  const inFirst = (totals: Money[]) => totals.find((m) => m.currency === currency)?.minor ?? 0;
  const peak = Math.max(1, ...months.map((m) => inFirst(m.totals)));
  const width = Math.max(10, Math.min(MAX_BAR, (ctx.io.columns ?? 80) - 30));
  return months.map(({ month, totals }) => {
    const amounts = formatSums(totals, ctx.locale);
    if (!ctx.io.stdoutIsTTY) return `  ${month}  ${amounts}`;
    const bar = BAR.repeat(Math.max(1, Math.round((inFirst(totals) / peak) * width)));
    return `  ${month}  ${ctx.color.out.cyan(bar.padEnd(width))}  ${amounts}`;
  });
}
