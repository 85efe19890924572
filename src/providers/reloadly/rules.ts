// A tracked line's keep-number rule as it can be paid through a Reloadly operator: the carrier's tiers and
// limits, narrowed to the amounts the operator takes, in the currency a person pays in. When that is the
// wallet's currency (the operator takes no local amounts), each tier's threshold is converted through the
// operator's rate, rounded up so an offered amount always reaches the tier. Pure.

import { currencyExponent } from '../../domain/money.js';
import { keepNumberRules } from '../../domain/carriers/keep.js';
import type { Carrier } from '../../domain/carriers/types.js';
import type { KeepNumberRules, Plan, RechargeTier } from '../../domain/rules.js';
import { payingCurrency, type ReloadlyOperator } from './operator.js';

/** `minor` of the destination currency in the wallet's minor units, rounded up; null without a rate. */
function toSender(op: ReloadlyOperator, minor: number): number | null {
  if (op.fxRate === null) return null;
  const [whole = '0', frac = ''] = op.fxRate.split('.');
  const rateNum = BigInt(whole + frac);
  if (rateNum === 0n) return null;
  const rateDen = 10n ** BigInt(frac.length);
  const num = BigInt(minor) * rateDen * 10n ** BigInt(currencyExponent(op.senderCurrency));
  const den = rateNum * 10n ** BigInt(currencyExponent(op.destinationCurrency));
  return Number((num + den - 1n) / den);
}

export function operatorRules(carrier: Carrier, op: ReloadlyOperator): KeepNumberRules {
  const base = keepNumberRules(carrier);
  const currency = payingCurrency(op);
  const sameCurrency = currency === base.currency;
  // Without a way to convert, tiers cannot be offered: amounts are still checked, no validity is promised.
  const convert = (minor: number): number | null => (sameCurrency ? minor : op.destinationCurrency === base.currency ? toSender(op, minor) : null);
  const rechargeTable: RechargeTier[] = base.rechargeTable.flatMap((tier) => {
    const minAmountMinor = convert(tier.minAmountMinor);
    return minAmountMinor === null ? [] : [{ minAmountMinor, validityDays: tier.validityDays }];
  });
  const carrierMin = sameCurrency ? base.minTopupMinor : 1;
  const carrierMax = sameCurrency ? base.maxTopupMinor : Number.MAX_SAFE_INTEGER;
  const fixed = op.denomination === 'FIXED' ? op.fixed.map((m) => m.minor).filter((m) => m >= carrierMin && m <= carrierMax) : undefined;
  return {
    currency,
    graceDays: base.graceDays,
    rechargeTable,
    minTopupMinor: op.range ? Math.max(carrierMin, op.range.min.minor) : Math.min(...(fixed ?? [carrierMin])),
    maxTopupMinor: op.range ? Math.min(carrierMax, op.range.max.minor) : Math.max(...(fixed ?? [carrierMax])),
    ...(fixed ? { fixedAmountsMinor: fixed } : {}),
  };
}

/**
 * What `leb plans` lists for a Reloadly line: each recharge tier as the top-up that earns it, priced through
 * the operator (the smallest accepted amount that reaches the tier). Plan and activity rules list nothing
 * here: Reloadly delivers airtime, it cannot buy a carrier's plan.
 */
export function tierPlans(carrier: Carrier, op: ReloadlyOperator): Plan[] {
  const rules = operatorRules(carrier, op);
  const currency = rules.currency;
  return rules.rechargeTable.flatMap((tier) => {
    const offered = rules.fixedAmountsMinor
      ? rules.fixedAmountsMinor.find((m) => m >= tier.minAmountMinor)
      : Math.max(tier.minAmountMinor, rules.minTopupMinor) <= rules.maxTopupMinor
        ? Math.max(tier.minAmountMinor, rules.minTopupMinor)
        : undefined;
    if (offered === undefined) return [];
    return [{ id: `topup-${offered}`, name: `top-up → ${tier.validityDays} days`, price: { minor: offered, currency }, validityDays: tier.validityDays }];
  });
}
