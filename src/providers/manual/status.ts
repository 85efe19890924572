// A tracked line's status, computed from its carrier's rule and what the user confirmed or recorded.

import { dateIn, daysBetween } from '../../domain/dates.js';
import { parseWireAmount } from '../../domain/money.js';
import { expiryDate, expiryIso, keepNumberRules } from '../../domain/carriers/keep.js';
import type { Carrier } from '../../domain/carriers/types.js';
import type { TrackedLine } from '../../store/tracked-lines.js';
import type { LineStatus } from '../port.js';

export function trackedStatus(line: TrackedLine, carrier: Carrier, now: Date): LineStatus {
  const state = { expiresOn: line.expiresOn, lastActivityOn: line.lastActivityOn };
  const expiresOn = expiryDate(carrier, state);
  const carrierToday = dateIn(now, carrier.timeZone);
  const estimateStale = line.validitySource === 'estimated' && line.estimatedFrom !== null && daysBetween(line.estimatedFrom, carrierToday) > carrier.confirmAfterDays;
  const balance = line.balance === null ? null : parseWireAmount(line.balance.amount, line.balance.currency);
  return {
    id: line.id,
    number: line.number,
    iccid: null,
    alias: null,
    expiresAt: expiresOn === null ? null : expiryIso(carrier, expiresOn),
    // An activity rule's period ending is the number being reclaimed: no grace follows it.
    flag: null,
    balance,
    data: null,
    plan: null,
    rules: keepNumberRules(carrier),
    defaultMethod: null,
    validitySource: line.validitySource,
    confirmedAt: line.confirmedAt,
    tracked: { carrier, state, estimatedFrom: line.estimatedFrom, estimateStale },
  };
}
