// Moving a tracked line's estimated expiry after a payment: the one step a recorded top-up (you paid on the
// carrier's page) and a provider that only tops up and never reports validity both need once money has gone.

import type { LocalDate } from '../../domain/dates.js';
import { add, parseWireAmount, toJson, type Money } from '../../domain/money.js';
import { estimateAfterPayment, type Estimate, type RecordedKind } from '../../domain/carriers/keep.js';
import type { Carrier } from '../../domain/carriers/types.js';
import type { TrackedLine } from '../../store/tracked-lines.js';

/**
 * The line after a payment of `amount` on `paidOn` (the carrier's calendar): dates moved by the carrier's
 * rule and marked `estimated` from that day, and a known balance raised by the amount. A payment that moves
 * nothing (below every tier) leaves the dates and their source as they were.
 */
export function lineAfterPayment(line: TrackedLine, carrier: Carrier, kind: RecordedKind, amount: Money, paidOn: LocalDate): { line: TrackedLine; estimate: Estimate } {
  const estimate = estimateAfterPayment(carrier, { expiresOn: line.expiresOn, lastActivityOn: line.lastActivityOn }, kind, amount.minor, paidOn);
  const next: TrackedLine = { ...line };
  if (estimate.moved) {
    next.expiresOn = estimate.state.expiresOn;
    next.lastActivityOn = estimate.state.lastActivityOn;
    next.validitySource = 'estimated';
    next.estimatedFrom = paidOn;
  }
  const balance = line.balance === null ? null : parseWireAmount(line.balance.amount, line.balance.currency);
  // A plan purchase spends its price; only credit adds to the balance.
  if (kind === 'topup' && balance !== null && balance.currency === amount.currency) next.balance = toJson(add(balance, amount));
  return { line: next, estimate };
}
