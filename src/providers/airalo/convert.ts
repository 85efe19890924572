// Airalo's answers → leb's port types. Times without a zone are read as UTC, prices are US dollars, and the
// status words map to leb's line flags (docs/airalo.md says why each).

import { parseWireAmount, type Money } from '../../domain/money.js';
import type { KeepNumberRules, Plan } from '../../domain/rules.js';
import type { ProviderLineFlag } from '../../domain/validity.js';
import type { LineStatus } from '../port.js';
import { airaloError } from './errors.js';
import type { TopupPackage, UsageAnswer } from './wire.js';

/** Airalo bills partners in US dollars. */
export const AIRALO_CURRENCY = 'USD';

/** Airalo recycles an eSIM some time after its last package ends, often 90 days (docs/airalo.md). */
export const AIRALO_GRACE_DAYS = 90;

/** The one way an Airalo partner pays: the prepaid partner balance. */
export const PARTNER_BALANCE = { id: 'partner-balance', name: 'Airalo partner balance' } as const;

export const AIRALO_RULES: KeepNumberRules = {
  currency: AIRALO_CURRENCY,
  graceDays: AIRALO_GRACE_DAYS,
  // Validity comes from packages (plans), not from the amount of a top-up.
  rechargeTable: [],
  minTopupMinor: 1,
  maxTopupMinor: 100_000_00,
};

/**
 * "YYYY-MM-DD HH:MM:SS" with no zone (usage, orders) is read as UTC; a full ISO 8601 time with an offset
 * (package history) is kept as it is. Anything else is an answer leb cannot read.
 */
export function airaloTime(text: string, field: string): string {
  const bare = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(text);
  if (bare) return `${bare[1]}T${bare[2]}+00:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))) {
    return text.replace(/\.\d+/, '').replace(/Z$/, '+00:00');
  }
  throw airaloError('bad-response', 'bad_answer', { code: 'bad-shape', field, problem: `"${text}" is not a date and time` });
}

export function usd(price: number, field: string): Money {
  // JSON numbers such as 11.2 print back exactly as written; more than two decimals is not a dollar amount.
  const money = Number.isFinite(price) && price >= 0 ? parseWireAmount(String(price), AIRALO_CURRENCY) : null;
  if (money === null) throw airaloError('bad-response', 'bad_answer', { code: 'bad-shape', field, problem: `${price} is not an amount in dollars` });
  return money;
}

const FLAGS: Record<string, ProviderLineFlag> = {
  RECYCLED: 'recycled',
  EXPIRED: 'expired',
  NOT_ACTIVE: 'inactive',
  // FINISHED: the data is used up, but the eSIM is still valid until expired_at and can be topped up.
  FINISHED: null,
  ACTIVE: null,
  UNKNOWN: null,
};

export function flagOf(status: string): ProviderLineFlag {
  return FLAGS[status.toUpperCase()] ?? null;
}

export function toLineStatus(iccid: string, alias: string | null, wire: UsageAnswer['data']): LineStatus {
  const flag = flagOf(wire.status);
  const unlimited = wire.is_unlimited === true;
  const expiresAt = flag === 'recycled' || !wire.expired_at ? null : airaloTime(wire.expired_at, 'data.expired_at');
  return {
    id: iccid,
    number: null,
    iccid,
    alias,
    expiresAt,
    flag,
    balance: null,
    // Unlimited packages report 0 MB: say unlimited, never "0 MB left".
    data: flag === 'recycled' ? null : { remainingMb: unlimited ? 0 : (wire.remaining ?? 0), totalMb: unlimited ? 0 : (wire.total ?? 0), unlimited },
    plan: null,
    rules: AIRALO_RULES,
    defaultMethod: PARTNER_BALANCE.id,
  };
}

export function toPlan(pkg: TopupPackage, index: number): Plan {
  return { id: pkg.id, name: pkg.title ?? pkg.id, price: usd(pkg.price, `data[${index}].price`), validityDays: pkg.day };
}
