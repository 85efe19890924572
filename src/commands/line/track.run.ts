// `leb line add|confirm|touch|remove`: register and correct lines whose validity leb keeps itself.

import type { Context } from '../../app/context.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { dateIn, toEpochDay, writtenDate, type LocalDate } from '../../domain/dates.js';
import { parseAmount, toJson } from '../../domain/money.js';
import { afterActivity } from '../../domain/carriers/keep.js';
import type { Carrier } from '../../domain/carriers/types.js';
import { statusJson } from '../../app/status-json.js';
import { lineKey } from '../../app/line-notes.js';
import { carrierOrFail, catalogueOf, findTracked, trackedStore, trackedView, type FoundTracked } from '../../app/tracked/find.js';
import { ensureManualAccount } from '../../app/tracked/account.js';
import { printJson } from '../../io/output.js';
import { trackedLineId, type TrackedLine } from '../../store/tracked-lines.js';
import type { LineAddOptions, LineConfirmOptions, LineRemoveOptions, LineTouchOptions } from './track.command.js';

/** The dates a carrier's rule needs: the last activity for activity rules, the expiry for the others. */
function checkDates(ctx: Pick<Context, 'now' | 't'>, carrier: Carrier, expires: LocalDate | null, lastActivity: LocalDate | null, command: string): void {
  const today = dateIn(ctx.now(), carrier.timeZone);
  if (carrier.rule.kind === 'activity') {
    if (lastActivity === null) throw new UsageError(ctx.t['tracked.needLastActivity'](carrier.id, command));
    if (toEpochDay(lastActivity) > toEpochDay(today)) throw new UsageError(ctx.t['tracked.future']('--last-activity', lastActivity, today));
  } else if (expires === null) {
    throw new UsageError(ctx.t['tracked.needExpires'](carrier.id, command));
  }
}

async function show(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 't' | 'timeZone'>,
  found: FoundTracked,
  message: (keptUntil: string, daysToDeadline: number | null) => string,
): Promise<void> {
  const view = trackedView(ctx, found);
  if (ctx.globals.json) {
    await printJson(ctx, statusJson(view, ctx.timeZone));
    return;
  }
  const kept = view.validity.numberKeptUntil === null ? '—' : writtenDate(view.validity.numberKeptUntil);
  ctx.io.stderr.write(`${message(kept, view.validity.daysToDeadline)}\n`);
}

export async function runLineAdd(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'timeZone' | 'warn'>,
  options: LineAddOptions,
): Promise<number> {
  // Refuse a number tracked already before asking a provider or making an account: bad input changes nothing.
  const tracked = trackedStore(ctx).read().find((l) => l.number === options.number);
  if (tracked) throw new UsageError(ctx.t['tracked.already'](options.number, `${tracked.account}/${tracked.id}`));
  const named = ctx.globals.account === null ? undefined : ctx.config.read().accounts[ctx.globals.account];
  if (named?.provider === 'reloadly') {
    const { reloadlyLineFacts } = await import('../../app/tracked/reloadly-line.js');
    const facts = await reloadlyLineFacts(ctx, ctx.globals.account!, options);
    return trackLine(ctx, options, ctx.globals.account!, facts.carrier, facts.operator);
  }
  if (options.carrier === null) throw new UsageError(ctx.t['tracked.needCarrier']);
  const carrier = carrierOrFail(ctx, catalogueOf(ctx), options.carrier);
  return trackLine(ctx, options, await ensureManualAccount(ctx), carrier, null);
}

async function trackLine(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'paths' | 't' | 'timeZone'>,
  options: LineAddOptions,
  account: string,
  carrier: Carrier,
  operator: TrackedLine['operator'],
): Promise<number> {
  checkDates(ctx, carrier, options.expires, options.lastActivity, 'line add');
  const id = trackedLineId(options.number);
  const line: TrackedLine = {
    id,
    account,
    number: options.number,
    carrier: carrier.id,
    expiresOn: carrier.rule.kind === 'activity' ? null : options.expires,
    lastActivityOn: carrier.rule.kind === 'activity' ? options.lastActivity : null,
    validitySource: 'confirmed',
    confirmedAt: ctx.now().toISOString(),
    estimatedFrom: null,
    balance: null,
    operator,
    addedAt: ctx.now().toISOString(),
  };
  await trackedStore(ctx).update((lines) => {
    const existing = lines.find((l) => l.number === options.number);
    if (existing) throw new UsageError(ctx.t['tracked.already'](options.number, `${existing.account}/${existing.id}`));
    lines.push(line);
  });
  if (options.label !== null) {
    const label = options.label;
    await ctx.config.update((config) => void (config.lines[lineKey(account, id)] = { label, note: config.lines[lineKey(account, id)]?.note ?? null }));
  }
  const stored = ctx.config.read().accounts[account];
  const found = { line, carrier, target: { name: account, kind: stored?.provider ?? ('manual' as const), account: stored ?? null } };
  await show(ctx, found, (kept, left) => ctx.t['tracked.added'](`${account}/${id}`, carrier.id, kept, left));
  return 0;
}

/** Change one tracked line under the lock, starting from what is on disk now (another process may have changed it). */
async function changeLine(ctx: Pick<Context, 'paths' | 't'>, found: FoundTracked, change: (line: TrackedLine) => void): Promise<FoundTracked> {
  const line = await trackedStore(ctx).update((lines) => {
    const current = lines.find((l) => l.id === found.line.id && l.account === found.line.account);
    if (!current) throw new UsageError(ctx.t['tracked.notTracked'](found.line.id));
    change(current);
    return current;
  });
  return { ...found, line };
}

export async function runLineConfirm(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'paths' | 't' | 'timeZone'>,
  options: LineConfirmOptions,
): Promise<number> {
  const found = findTracked(ctx, options.line);
  const { carrier } = found;
  checkDates(ctx, carrier, options.expires, options.lastActivity, `line confirm ${found.line.id}`);
  let balance: TrackedLine['balance'] = found.line.balance;
  if (options.balance !== null) {
    const parsed = parseAmount(options.balance, carrier.currency);
    // A balance of exactly zero is a real answer from the carrier.
    if (!parsed.ok && !(parsed.problem === 'zero')) throw new UsageError(ctx.t['tracked.invalidBalance'](options.balance, carrier.currency));
    balance = parsed.ok ? toJson(parsed.money) : toJson({ minor: 0, currency: carrier.currency });
  }
  const now = ctx.now().toISOString();
  const changed = await changeLine(ctx, found, (line) => {
    if (carrier.rule.kind === 'activity') line.lastActivityOn = options.lastActivity;
    else line.expiresOn = options.expires;
    line.validitySource = 'confirmed';
    line.confirmedAt = now;
    line.estimatedFrom = null;
    line.balance = balance;
  });
  await show(ctx, changed, (kept, left) => ctx.t['tracked.confirmed'](`${changed.line.account}/${changed.line.id}`, kept, left));
  return 0;
}

export async function runLineTouch(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'paths' | 't' | 'timeZone'>,
  options: LineTouchOptions,
): Promise<number> {
  const found = findTracked(ctx, options.line);
  const { carrier } = found;
  if (carrier.rule.kind !== 'activity') throw new UsageError(ctx.t['tracked.touchNotActivity'](found.line.id, carrier.id));
  const today = dateIn(ctx.now(), carrier.timeZone);
  const on = options.date ?? today;
  if (toEpochDay(on) > toEpochDay(today)) throw new UsageError(ctx.t['tracked.future']('--date', on, today));
  const now = ctx.now().toISOString();
  const changed = await changeLine(ctx, found, (line) => {
    line.lastActivityOn = afterActivity({ expiresOn: line.expiresOn, lastActivityOn: line.lastActivityOn }, on).lastActivityOn;
    line.validitySource = 'confirmed';
    line.confirmedAt = now;
    line.estimatedFrom = null;
  });
  await show(ctx, changed, (kept, left) => ctx.t['tracked.touched'](`${changed.line.account}/${changed.line.id}`, on, kept, left));
  return 0;
}

export async function runLineRemove(
  ctx: Pick<Context, 'canPrompt' | 'color' | 'config' | 'globals' | 'io' | 'paths' | 'prompter' | 't'>,
  options: LineRemoveOptions,
): Promise<number> {
  const found = findTracked(ctx, options.line);
  const key = lineKey(found.line.account, found.line.id);
  if (!ctx.globals.yes) {
    if (!ctx.canPrompt) throw new UsageError(ctx.t['tracked.removeNeedsYes'](found.line.id));
    if (!(await ctx.prompter.confirm(ctx.t['tracked.removeConfirm'](key, found.line.number), false))) throw new LebError(ExitCode.cancelled, ctx.t['account.cancelled']);
  }
  await trackedStore(ctx).update((lines) => {
    const index = lines.findIndex((l) => l.id === found.line.id && l.account === found.line.account);
    if (index >= 0) lines.splice(index, 1);
  });
  await ctx.config.update((config) => void delete config.lines[key]);
  if (ctx.globals.json) await printJson(ctx, { account: found.line.account, line: found.line.id, removed: true });
  else ctx.io.stderr.write(`${ctx.t['tracked.removed'](key)}\n`);
  return 0;
}
