// What a Reloadly operator accepts, in leb's terms: the currency a person pays in (the destination's when the
// operator takes local amounts, otherwise the wallet's), the exact amounts of a FIXED operator or the bounds of
// a RANGE one, and the other side of a top-up through the operator's exchange rate. Pure: no I/O.

import { currencyExponent, type Money } from '../../domain/money.js';
import { decimalToMinor, type OperatorAnswer } from './wire.js';

export interface ReloadlyOperator {
  id: string;
  name: string;
  countryIso: string | null;
  denomination: 'FIXED' | 'RANGE';
  /** The wallet's currency, in which Reloadly charges. */
  senderCurrency: string;
  /** The currency the recipient receives. */
  destinationCurrency: string;
  /** Amounts are given in the destination currency (Reloadly's `useLocalAmount`). */
  local: boolean;
  /** FIXED: the only amounts accepted, ascending, in the paying currency. Empty for RANGE. */
  fixed: Money[];
  /** RANGE: the smallest and largest amount, in the paying currency. Null for FIXED. */
  range: { min: Money; max: Money } | null;
  /** Destination units per sender unit, as decimal text; null when Reloadly gave none. */
  fxRate: string | null;
}

/** The operator's terms, or why leb cannot use them (a RANGE without bounds, a FIXED without amounts). */
export function readOperator(answer: OperatorAnswer): ReloadlyOperator | { problem: string } {
  const id = String(answer.operatorId ?? answer.id);
  const local = answer.supportsLocalAmounts && (answer.denominationType === 'FIXED' ? answer.localFixedAmounts.length > 0 : answer.localMinAmount !== null && answer.localMaxAmount !== null);
  const currency = local ? answer.destinationCurrencyCode : answer.senderCurrencyCode;
  const toMoney = (text: string) => decimalToMinor(text, currency);
  const fixed = answer.denominationType === 'FIXED' ? (local ? answer.localFixedAmounts : answer.fixedAmounts).map(toMoney).sort((a, b) => a.minor - b.minor) : [];
  let range: ReloadlyOperator['range'] = null;
  if (answer.denominationType === 'RANGE') {
    const min = local ? answer.localMinAmount : answer.minAmount;
    const max = local ? answer.localMaxAmount : answer.maxAmount;
    if (min === null || max === null) return { problem: `operator ${id} gives no amount range` };
    range = { min: toMoney(min), max: toMoney(max) };
  } else if (fixed.length === 0) {
    return { problem: `operator ${id} lists no amounts` };
  }
  return {
    id,
    name: answer.name,
    countryIso: answer.country?.isoName ?? null,
    denomination: answer.denominationType,
    senderCurrency: answer.senderCurrencyCode,
    destinationCurrency: answer.destinationCurrencyCode,
    local,
    fixed,
    range,
    fxRate: answer.fx?.rate ?? null,
  };
}

/** The currency a person pays a top-up in for this operator. */
export function payingCurrency(op: ReloadlyOperator): string {
  return op.local ? op.destinationCurrency : op.senderCurrency;
}

export type OperatorAmountProblem =
  | { kind: 'currency'; expected: string }
  | { kind: 'not-offered'; offered: Money[] }
  | { kind: 'below-min'; min: Money }
  | { kind: 'above-max'; max: Money };

/** Why the operator would refuse this amount before anything is sent; null when it takes it. */
export function operatorAmountProblem(op: ReloadlyOperator, amount: Money): OperatorAmountProblem | null {
  const expected = payingCurrency(op);
  if (amount.currency !== expected) return { kind: 'currency', expected };
  if (op.denomination === 'FIXED') return op.fixed.some((m) => m.minor === amount.minor) ? null : { kind: 'not-offered', offered: op.fixed };
  if (op.range && amount.minor < op.range.min.minor) return { kind: 'below-min', min: op.range.min };
  if (op.range && amount.minor > op.range.max.minor) return { kind: 'above-max', max: op.range.max };
  return null;
}

/** A decimal text as an exact fraction of two BigInts. */
function fraction(text: string): [bigint, bigint] {
  const [whole = '0', frac = ''] = text.split('.');
  return [BigInt(whole + frac), 10n ** BigInt(frac.length)];
}

/**
 * Both sides of a top-up, estimated through the operator's rate before paying: what is delivered and what
 * the wallet pays. Reloadly's answer after the top-up is what leb records; this is for the summary only.
 * The side leb does not ask for is rounded up when it is the wallet's (never promise to pay less) and down
 * when it is the recipient's (never promise to deliver more). Null when the operator gave no rate.
 */
export function bothSides(op: ReloadlyOperator, amount: Money): { delivered: Money; charged: Money } | null {
  if (op.fxRate === null) return null;
  const [rateNum, rateDen] = fraction(op.fxRate);
  if (rateNum === 0n) return null;
  const scale = (currency: string) => 10n ** BigInt(currencyExponent(currency));
  const sender = op.senderCurrency;
  const destination = op.destinationCurrency;
  if (op.local) {
    // wallet = local / rate, in the wallet's minor units, rounded up.
    const num = BigInt(amount.minor) * rateDen * scale(sender);
    const den = rateNum * scale(destination);
    const charged = (num + den - 1n) / den;
    return { delivered: amount, charged: { minor: Number(charged), currency: sender } };
  }
  // delivered = wallet × rate, in the destination's minor units, rounded down.
  const delivered = (BigInt(amount.minor) * rateNum * scale(destination)) / (rateDen * scale(sender));
  return { delivered: { minor: Number(delivered), currency: destination }, charged: amount };
}
