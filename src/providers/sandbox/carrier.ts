// The sandbox carrier's behaviour over its state: the one core behind the embedded `--sandbox` provider and
// `leb sandbox serve`. Pure apart from mutating the state it is handed; `now` is always a parameter.
//
// Rules (documented in the README): a top-up adds exactly its amount to the balance and extends validity per
// the recharge table, never shortening it; a renewal extends validity by the plan's days from the later of
// today and the current expiry. Payments are idempotent by key: the same key and request return the stored
// order, the same key with a different request is refused as a misuse.

import { toDecimalString, toJson } from '../../domain/money.js';
import { expiryAfterRenewal, expiryAfterTopup } from '../../domain/rules.js';
import { addDays, writtenDate } from '../../domain/dates.js';
import { ProviderError, type LineStatus, type ProviderOrder, type RenewRequest, type TopupRequest } from '../port.js';
import { SANDBOX_DEFAULT_METHOD, SANDBOX_METHODS, SANDBOX_PLANS, SANDBOX_RULES } from './catalogue.js';
import {
  SANDBOX_CURRENCY,
  SANDBOX_EXPIRY_SUFFIX,
  carrierToday,
  type SandboxLine,
  type SandboxOrder,
  type SandboxState,
} from './state.js';

export interface Charge {
  idempotencyKey: string;
  line: string;
  kind: SandboxOrder['kind'];
  amount: { amount: string; currency: string };
  createdAt: string;
}

export function findLine(state: SandboxState, lineId: string): SandboxLine {
  const line = state.lines.find((l) => l.id === lineId);
  if (!line) throw new ProviderError('invalid-request', `no line ${lineId} at this provider`, 'line_not_found');
  return line;
}

export function lineStatus(state: SandboxState, lineId: string): LineStatus {
  const line = findLine(state, lineId);
  return {
    id: line.id,
    number: line.number,
    iccid: line.iccid,
    alias: line.alias,
    expiresAt: line.expiresAt,
    flag: line.recycled ? 'recycled' : null,
    balance: { minor: line.balanceMinor, currency: SANDBOX_CURRENCY },
    data:
      line.dataTotalMb === null || line.dataRemainingMb === null
        ? null
        : { remainingMb: line.dataRemainingMb, totalMb: line.dataTotalMb, unlimited: false },
    plan: line.planId === null ? null : { id: line.planId, autoRenew: line.autoRenew },
    rules: SANDBOX_RULES,
    defaultMethod: SANDBOX_DEFAULT_METHOD,
  };
}

/**
 * Past its grace period a number is recycled for good: record it so later answers agree. `todayDate` is the
 * carrier's calendar date, worked out once by the caller (this runs for every line on every read).
 */
function settleRecycling(line: SandboxLine, todayDate: string): void {
  if (line.recycled || line.expiresAt === null || SANDBOX_RULES.graceDays === 0) return;
  if (addDays(writtenDate(line.expiresAt), SANDBOX_RULES.graceDays) < todayDate) line.recycled = true;
}

/** Let time pass: recycle lapsed numbers. Auto-renew is honoured by `applyAutoRenewals`. */
export function advance(state: SandboxState, now: Date): void {
  applyAutoRenewals(state, now);
  const todayDate = carrierToday(now);
  for (const line of state.lines) settleRecycling(line, todayDate);
}

/**
 * A line on auto-renew is renewed on its expiry day, once per period, each renewal counted from the previous
 * expiry: a sandbox left alone for two periods is charged twice and never lapses, as a real carrier's would be.
 */
function applyAutoRenewals(state: SandboxState, now: Date): void {
  const todayDate = carrierToday(now);
  for (const line of state.lines) {
    if (!line.autoRenew || line.recycled || line.planId === null || line.expiresAt === null) continue;
    const plan = SANDBOX_PLANS.find((p) => p.id === line.planId);
    if (!plan) continue;
    while (line.expiresAt.slice(0, 10) <= todayDate) {
      const expiryDate = line.expiresAt.slice(0, 10);
      const key = `auto-renew:${line.id}:${expiryDate}`;
      if (state.orders.some((o) => o.idempotencyKey === key)) break;
      line.expiresAt = expiryAfterRenewal(plan, line.expiresAt, expiryDate, SANDBOX_EXPIRY_SUFFIX);
      recordOrder(state, now, {
        idempotencyKey: key, fingerprint: key, lineId: line.id, kind: 'auto-renew', status: 'succeeded',
        amountMinor: plan.price.minor, methodId: SANDBOX_DEFAULT_METHOD, planId: plan.id, reason: null, code: null,
      });
    }
  }
}

function recordOrder(state: SandboxState, now: Date, fields: Omit<SandboxOrder, 'providerRef' | 'createdAt'>): SandboxOrder {
  const order: SandboxOrder = {
    ...fields,
    providerRef: `SBX-${String(state.nextRef).padStart(6, '0')}`,
    createdAt: now.toISOString(),
  };
  state.nextRef += 1;
  state.orders.push(order);
  return order;
}

export function toProviderOrder(order: SandboxOrder): ProviderOrder {
  return {
    providerRef: order.providerRef,
    idempotencyKey: order.idempotencyKey,
    lineId: order.lineId,
    kind: order.kind,
    status: order.status,
    amount: { minor: order.amountMinor, currency: SANDBOX_CURRENCY },
    createdAt: order.createdAt,
    reason: order.reason,
  };
}

export function findOrder(state: SandboxState, idempotencyKey: string): SandboxOrder | undefined {
  return state.orders.find((o) => o.idempotencyKey === idempotencyKey);
}

/** An earlier order with this key: replay it, or refuse when the key now names a different request. */
function replay(state: SandboxState, key: string, fingerprint: string): SandboxOrder | undefined {
  const previous = findOrder(state, key);
  if (previous && previous.fingerprint !== fingerprint) {
    throw new ProviderError('invalid-request', 'this idempotency key was already used for a different request', 'idempotency_key_reused');
  }
  return previous;
}

function requireMethod(methodId: string): void {
  if (!SANDBOX_METHODS.some((m) => m.id === methodId)) {
    const known = SANDBOX_METHODS.map((m) => m.id).join(', ');
    throw new ProviderError('invalid-request', `unknown payment method "${methodId}" (known: ${known})`, 'method_not_found');
  }
}

/** Declines are stored under their key like successes, so a retry replays the refusal instead of paying. */
function refusal(line: SandboxLine, methodId: string): { reason: string; code: string } | null {
  if (line.recycled) return { reason: 'the number has been recycled and can no longer be recharged', code: 'line_recycled' };
  if (methodId === 'card-declined') return { reason: 'the card was declined by the issuer', code: 'card_declined' };
  return null;
}

export function topup(state: SandboxState, request: TopupRequest, now: Date): SandboxOrder {
  const fingerprint = `topup:${request.lineId}:${request.amount.currency}:${request.amount.minor}:${request.methodId}`;
  const previous = replay(state, request.idempotencyKey, fingerprint);
  if (previous) return previous;
  const line = findLine(state, request.lineId);
  requireMethod(request.methodId);
  if (request.amount.currency !== SANDBOX_CURRENCY) {
    throw new ProviderError('invalid-request', `this carrier charges in ${SANDBOX_CURRENCY}, not ${request.amount.currency}`, 'currency_mismatch');
  }
  const { minTopupMinor, maxTopupMinor } = SANDBOX_RULES;
  if (request.amount.minor < minTopupMinor || request.amount.minor > maxTopupMinor) {
    throw new ProviderError('invalid-request', `a top-up must be between ${toDecimalString({ minor: minTopupMinor, currency: SANDBOX_CURRENCY })} and ${toDecimalString({ minor: maxTopupMinor, currency: SANDBOX_CURRENCY })} ${SANDBOX_CURRENCY}`, 'amount_out_of_range');
  }
  settleRecycling(line, carrierToday(now));
  const refused = refusal(line, request.methodId);
  const base = {
    idempotencyKey: request.idempotencyKey, fingerprint, lineId: line.id, kind: 'topup' as const,
    amountMinor: request.amount.minor, methodId: request.methodId, planId: null,
  };
  if (refused) return recordOrder(state, now, { ...base, status: 'failed', ...refused });
  line.balanceMinor += request.amount.minor;
  line.expiresAt = expiryAfterTopup(SANDBOX_RULES, line.expiresAt, request.amount.minor, carrierToday(now), SANDBOX_EXPIRY_SUFFIX);
  return recordOrder(state, now, { ...base, status: 'succeeded', reason: null, code: null });
}

export function renew(state: SandboxState, request: RenewRequest, now: Date): SandboxOrder {
  const fingerprint = `renew:${request.lineId}:${request.planId}:${request.methodId}`;
  const previous = replay(state, request.idempotencyKey, fingerprint);
  if (previous) return previous;
  const line = findLine(state, request.lineId);
  requireMethod(request.methodId);
  const plan = SANDBOX_PLANS.find((p) => p.id === request.planId);
  if (!plan) {
    const known = SANDBOX_PLANS.map((p) => p.id).join(', ');
    throw new ProviderError('invalid-request', `unknown plan "${request.planId}" (available: ${known})`, 'plan_not_found');
  }
  settleRecycling(line, carrierToday(now));
  const refused = refusal(line, request.methodId);
  const base = {
    idempotencyKey: request.idempotencyKey, fingerprint, lineId: line.id, kind: 'renew' as const,
    amountMinor: plan.price.minor, methodId: request.methodId, planId: plan.id,
  };
  if (refused) return recordOrder(state, now, { ...base, status: 'failed', ...refused });
  line.expiresAt = expiryAfterRenewal(plan, line.expiresAt, carrierToday(now), SANDBOX_EXPIRY_SUFFIX);
  line.planId = plan.id;
  return recordOrder(state, now, { ...base, status: 'succeeded', reason: null, code: null });
}

export function setAutoRenew(state: SandboxState, lineId: string, on: boolean, now: Date): void {
  const line = findLine(state, lineId);
  if (line.recycled) throw new ProviderError('refused', 'the number has been recycled', 'line_recycled');
  if (on && line.planId === null) {
    throw new ProviderError('refused', 'auto-renew needs a plan: renew onto a plan first (leb renew --plan <id>)', 'no_plan');
  }
  // Auto-renew keeps an active line going; it does not pay for days a lapsed line already missed.
  if (on && line.expiresAt !== null && line.expiresAt.slice(0, 10) < carrierToday(now)) {
    throw new ProviderError('refused', 'the line has lapsed: renew it first (leb renew --plan <id>), then switch auto-renew on', 'line_lapsed');
  }
  line.autoRenew = on;
}

/** Every committed charge, for tests that count what was really paid. */
export function charges(state: SandboxState): Charge[] {
  return state.orders
    .filter((o) => o.status === 'succeeded')
    .map((o) => ({
      idempotencyKey: o.idempotencyKey,
      line: o.lineId,
      kind: o.kind,
      amount: toJson({ minor: o.amountMinor, currency: SANDBOX_CURRENCY }),
      createdAt: o.createdAt,
    }));
}
