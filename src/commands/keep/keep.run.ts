// `leb keep`: set, list and remove keep-alive policies. Setting one reads each line (its currency for the
// amounts, its provider and carrier for the default lead time) and stores the policy; nothing is paid here —
// `leb autopilot run` pays, `leb autopilot plan` forecasts.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { dateIn, toEpochDay, type LocalDate } from '../../domain/dates.js';
import { formatMoney, formatWireMoney, parseAmount, toJson, type Money } from '../../domain/money.js';
import { untilHorizon, UNTIL_HORIZON_YEARS } from '../../domain/until.js';
import { spentWithin } from '../../domain/autopilot.js';
import { fetchLineViews, reportFailures, resolveLines, toLineView, type LineView } from '../../app/lines.js';
import { attachNotes } from '../../app/line-notes.js';
import { shortName } from '../../app/line-names.js';
import { selectLines } from '../../app/line-selection.js';
import { allTargets } from '../../app/targets.js';
import { withProgress } from '../../app/progress.js';
import { journalFor } from '../../app/payments/pay.js';
import { defaultLeadFor, policyKey, policyStore, spendOf } from '../../app/autopilot/policies.js';
import { layoutTable, noteHidden, printJson, printText } from '../../io/output.js';
import type { StoredPolicy } from '../../store/policies.js';
import { own } from '../../store/shape.js';
import type { KeepOptions } from './keep.command.js';

export async function runKeep(
  ctx: Pick<Context, 'color' | 'config' | 'describe' | 'error' | 'globals' | 'io' | 'locale' | 'note' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: KeepOptions,
): Promise<number> {
  switch (options.action) {
    case 'list':
      return listPolicies(ctx);
    case 'remove':
      return removePolicies(ctx, options.lines);
    case 'set':
      return setPolicies(ctx, options);
  }
}

type SetOptions = Extract<KeepOptions, { action: 'set' }>;

async function setPolicies(
  ctx: Pick<Context, 'color' | 'config' | 'describe' | 'error' | 'globals' | 'io' | 'locale' | 'note' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: SetOptions,
): Promise<number> {
  const { t } = ctx;
  const userToday = dateIn(ctx.now(), ctx.timeZone);
  if (options.until !== null) checkUntil(ctx, options.until, userToday);
  const { views, failureCode } = await linesFor(ctx, options);
  if (views.length === 0) {
    ctx.note(t['bulk.noMatch']);
    return failureCode ?? 0;
  }
  const policies: { view: LineView; policy: StoredPolicy }[] = [];
  for (const view of views) {
    if (view.validity.state === 'recycled') {
      ctx.warn(t['keep.recycled'](view.status.id));
      continue;
    }
    const currency = view.status.rules.currency;
    const budget = amountFlag(ctx, '--budget', options.budget, currency);
    const max = amountFlag(ctx, '--max', options.max, currency);
    policies.push({
      view,
      policy: {
        account: view.target.name,
        line: view.status.id,
        number: view.status.number,
        until: options.until,
        budget: budget === null ? null : toJson(budget),
        max: max === null ? null : toJson(max),
        leadDays: options.leadDays ?? (await defaultLeadFor(ctx, view)),
        setAt: ctx.now().toISOString(),
      },
    });
  }
  await policyStore(ctx).update((stored) => {
    for (const { policy } of policies) {
      const at = stored.findIndex((p) => policyKey(p) === policyKey(policy));
      if (at >= 0) stored[at] = policy;
      else stored.push(policy);
    }
  });
  if (ctx.globals.json) {
    await printJson(ctx, policies.map(({ view, policy }) => policyJson(policy, view.label ?? null)));
  } else {
    await printText(ctx, policies.map(({ view, policy }) => t['keep.set'](lineName(view), describePolicy(ctx, policy))).join('\n'));
  }
  return failureCode ?? 0;
}

function checkUntil(ctx: Pick<Context, 't'>, until: LocalDate, userToday: LocalDate): void {
  if (toEpochDay(until) < toEpochDay(userToday)) throw new UsageError(ctx.t['keep.untilPast'](until, userToday));
  const horizon = untilHorizon(userToday);
  if (toEpochDay(until) > toEpochDay(horizon)) throw new UsageError(ctx.t['plans.until.tooFar'](until, UNTIL_HORIZON_YEARS, horizon));
}

/** The lines named, or selected; each read once (its currency, its state). */
async function linesFor(
  ctx: Pick<Context, 'config' | 'describe' | 'error' | 'globals' | 'now' | 'provider' | 'spinner' | 't' | 'timeZone'>,
  options: SetOptions,
): Promise<{ views: LineView[]; failureCode: number | null }> {
  const targets = allTargets(ctx);
  const config = ctx.config.read();
  const warnDays = config.settings.warnDays;
  if (options.selection !== null) {
    const fetched = await fetchLineViews(ctx, targets, { warnDays });
    const failureCode = reportFailures(ctx, fetched.failures);
    return { views: selectLines(attachNotes(fetched.views, config), options.selection), failureCode };
  }
  const views: LineView[] = [];
  for (const found of await resolveLines(ctx, targets, options.lines)) {
    const status = await withProgress(ctx, () => ctx.t['pay.reading'](found.line.id), () => found.provider.lineStatus(found.line.id));
    views.push(toLineView(found.target, status, ctx.now(), ctx.timeZone, warnDays));
  }
  return { views: attachNotes(views, config), failureCode: null };
}

function amountFlag(ctx: Pick<Context, 't'>, flag: string, text: string | null, currency: string): Money | null {
  if (text === null) return null;
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new UsageError(ctx.t['keep.badAmount'](flag, text, currency));
  return parsed.money;
}

const lineName = (view: LineView) => shortName({ number: view.status.number, line: view.status.id, label: view.label ?? null });

/** "until 2028-12-31 · at most HK$300.00 a year · HK$100.00 a payment · 1 day ahead". */
export function describePolicy(ctx: Pick<Context, 'locale' | 't'>, policy: StoredPolicy): string {
  const { t } = ctx;
  return [
    policy.until === null ? t['keep.forever'] : t['keep.until'](policy.until),
    policy.budget === null ? t['keep.noBudget'] : t['keep.budget'](formatWireMoney(policy.budget, ctx.locale)),
    ...(policy.max === null ? [] : [t['keep.max'](formatWireMoney(policy.max, ctx.locale))]),
    t['keep.lead'](policy.leadDays),
  ].join(' · ');
}

function policyJson(policy: StoredPolicy, label: string | null) {
  return { ...policy, label, forever: policy.until === null };
}

async function listPolicies(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'locale' | 'note' | 'now' | 'paths' | 't' | 'timeZone' | 'warn'>,
): Promise<number> {
  const { t } = ctx;
  const policies = policyStore(ctx).read();
  const config = ctx.config.read();
  const label = (p: StoredPolicy) => own(config.lines, policyKey(p))?.label ?? null;
  const orders = journalFor(ctx).orders();
  const today = dateIn(ctx.now(), ctx.timeZone);
  const spent = (p: StoredPolicy) => {
    const currency = p.budget?.currency ?? p.max?.currency ?? null;
    if (currency === null) return null;
    return { minor: spentWithin(spendOf(orders, p.account, p.line, 'T00:00:00Z'), today, currency), currency };
  };
  if (ctx.globals.json) {
    await printJson(ctx, policies.map((p) => {
      const s = spent(p);
      return { ...policyJson(p, label(p)), spentThisYear: s === null ? null : toJson(s) };
    }));
    return 0;
  }
  if (policies.length === 0) {
    ctx.note(t['keep.none']);
    return 0;
  }
  const head = [t['keep.col.line'], t['keep.col.account'], t['keep.col.until'], t['keep.col.budget'], t['keep.col.spent'], t['keep.col.max'], t['keep.col.lead']];
  const rows = policies.map((p) => {
    const s = spent(p);
    return [
      [p.number ?? p.line, label(p) ? `[${label(p)}]` : ''].filter(Boolean).join(' '),
      p.account,
      p.until ?? t['keep.foreverShort'],
      p.budget === null ? '—' : formatWireMoney(p.budget, ctx.locale),
      s === null ? '—' : formatMoney(s, ctx.locale),
      p.max === null ? '—' : formatWireMoney(p.max, ctx.locale),
      t['keep.leadShort'](p.leadDays),
    ];
  });
  const table = layoutTable(ctx, head, rows, { shrink: [0], dropOrder: [1, 6, 4] });
  await printText(ctx, table.text);
  noteHidden(ctx, table.hidden);
  return 0;
}

async function removePolicies(ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'paths' | 't'>, refs: readonly string[]): Promise<number> {
  const { t } = ctx;
  const config = ctx.config.read();
  const removed = await policyStore(ctx).update((stored) => {
    const gone: StoredPolicy[] = [];
    for (const ref of refs) {
      const index = stored.findIndex((p) => namesPolicy(ref, p, own(config.lines, policyKey(p))?.label ?? null));
      if (index < 0) throw new UsageError(t['keep.noPolicy'](ref));
      gone.push(...stored.splice(index, 1));
    }
    return gone;
  });
  if (ctx.globals.json) await printJson(ctx, { removed: removed.map((p) => ({ account: p.account, line: p.line })) });
  else await printText(ctx, removed.map((p) => t['keep.removed'](p.number ?? p.line)).join('\n'));
  return 0;
}

/** A policy is named as `--line` names lines: id, account/id, number (spaces and dashes ignored) or label. */
function namesPolicy(ref: string, p: StoredPolicy, label: string | null): boolean {
  const compact = ref.replace(/[\s()-]/g, '');
  return (
    ref === p.line ||
    ref === policyKey(p) ||
    (p.number !== null && compact !== '' && (compact === p.number || `+${compact}` === p.number)) ||
    (label !== null && label.toLowerCase() === ref.trim().toLowerCase())
  );
}
