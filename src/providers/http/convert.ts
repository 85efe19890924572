// Between the wire (decimal strings, API field names) and the domain (integer minor units, port types). The
// server uses the `to*` half, the client the `from*` half; a round trip is the identity (tested).
// `from*` throw WireError on anything zod's shapes cannot catch (too many decimals for the currency, a
// currency mismatch), which the client turns into a bad-response error.

import { parseWireAmount, toJson, type Money } from '../../domain/money.js';
import type { KeepNumberRules, Plan } from '../../domain/rules.js';
import type { LineRef, LineStatus, PaymentMethod, ProviderOrder } from '../port.js';
import type { LineRefWire, LineStatusWire, MoneyWire, OrderWire, PlanWire } from './wire.js';
import { providerText } from '../../domain/visible-text.js';

/** Longest alias and plan or method name passed on from a provider; longer ones are shortened. */
const ALIAS_MAX = 64;
const NAME_MAX = 80;

export class WireError extends Error {
  override readonly name = 'WireError';
}

export function fromMoney(wire: MoneyWire, field: string): Money {
  let money: Money | null;
  try {
    money = parseWireAmount(wire.amount, wire.currency);
  } catch {
    money = null;
  }
  if (money === null) throw new WireError(`${field}: "${wire.amount} ${wire.currency}" is not an exact amount in that currency`);
  return money;
}

export const toMoney = (money: Money): MoneyWire => toJson(money);

function minorIn(currency: string, amount: string, field: string): number {
  return fromMoney({ amount, currency }, field).minor;
}

export function fromRules(wire: LineStatusWire['rules']): KeepNumberRules {
  const { currency } = wire;
  const min = fromMoney(wire.minTopup, 'rules.minTopup');
  const max = fromMoney(wire.maxTopup, 'rules.maxTopup');
  if (min.currency !== currency || max.currency !== currency) throw new WireError('rules: top-up limits are not in the rules\' currency');
  return {
    currency,
    graceDays: wire.graceDays,
    rechargeTable: wire.rechargeTable
      .map((tier, i) => ({ minAmountMinor: minorIn(currency, tier.minAmount, `rules.rechargeTable[${i}]`), validityDays: tier.validityDays }))
      .sort((a, b) => a.minAmountMinor - b.minAmountMinor),
    minTopupMinor: min.minor,
    maxTopupMinor: max.minor,
  };
}

export function toRules(rules: KeepNumberRules): LineStatusWire['rules'] {
  const money = (minor: number) => toMoney({ minor, currency: rules.currency });
  return {
    currency: rules.currency,
    graceDays: rules.graceDays,
    rechargeTable: rules.rechargeTable.map((tier) => ({ minAmount: money(tier.minAmountMinor).amount, validityDays: tier.validityDays })),
    minTopup: money(rules.minTopupMinor),
    maxTopup: money(rules.maxTopupMinor),
  };
}

/** The provider's free text is made safe to print and bounded here, once (domain/visible-text.ts). */
export const fromLineRef = (wire: LineRefWire): LineRef => ({ id: wire.id, number: wire.number, iccid: wire.iccid, alias: wire.alias === null ? null : providerText(wire.alias, ALIAS_MAX) });
export const toLineRef = (line: LineRef): LineRefWire => ({ id: line.id, number: line.number, iccid: line.iccid, alias: line.alias });

export function fromLineStatus(wire: LineStatusWire): LineStatus {
  return {
    ...fromLineRef(wire),
    expiresAt: wire.expiresAt,
    flag: wire.flag,
    balance: wire.balance === null ? null : fromMoney(wire.balance, 'balance'),
    data: wire.data,
    plan: wire.plan,
    rules: fromRules(wire.rules),
    defaultMethod: wire.defaultMethod,
  };
}

export function toLineStatus(status: LineStatus): LineStatusWire {
  return {
    ...toLineRef(status),
    expiresAt: status.expiresAt,
    flag: status.flag,
    balance: status.balance === null ? null : toMoney(status.balance),
    data: status.data,
    plan: status.plan,
    rules: toRules(status.rules),
    defaultMethod: status.defaultMethod,
  };
}

export const fromPlan = (wire: PlanWire): Plan => ({ id: wire.id, name: providerText(wire.name, NAME_MAX), price: fromMoney(wire.price, `plan ${wire.id}`), validityDays: wire.validityDays });
export const toPlan = (plan: Plan): PlanWire => ({ id: plan.id, name: plan.name, price: toMoney(plan.price), validityDays: plan.validityDays });

export const fromMethod = (wire: PaymentMethod): PaymentMethod => ({ id: wire.id, name: providerText(wire.name, NAME_MAX) });

export function fromOrder(wire: OrderWire): ProviderOrder {
  return {
    providerRef: wire.ref,
    idempotencyKey: wire.idempotencyKey,
    lineId: wire.line,
    kind: wire.kind,
    status: wire.status,
    amount: fromMoney(wire.amount, 'order.amount'),
    createdAt: wire.createdAt,
    reason: wire.failure?.reason ?? null,
  };
}

export interface OrderFacts extends ProviderOrder {
  method: string | null;
  plan: string | null;
  code: string | null;
}

export function toOrder(order: OrderFacts): OrderWire {
  return {
    ref: order.providerRef,
    idempotencyKey: order.idempotencyKey,
    line: order.lineId,
    kind: order.kind,
    status: order.status,
    amount: toMoney(order.amount),
    method: order.method,
    plan: order.plan,
    createdAt: order.createdAt,
    failure: order.status === 'failed' ? { code: order.code ?? 'refused', reason: order.reason ?? 'refused' } : null,
  };
}
