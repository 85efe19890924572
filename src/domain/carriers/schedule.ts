// Keeping a tracked line to a date when the planner cannot price it: an activity rule (a call or an SMS costs
// what the user's tariff says), or a carrier whose amount or plan price is unknown. Each step is taken on the
// last day it still counts (the current expiry, or today once that has passed), so no day is wasted.

import { addDays, toEpochDay, type LocalDate } from '../dates.js';
import type { Money } from '../money.js';
import { expiryDate, type TrackedValidity } from './keep.js';
import { addPeriod, laterDate } from './period.js';
import type { Carrier } from './types.js';

export interface ScheduledStep {
  date: LocalDate;
  action: 'topup' | 'renew' | 'activity';
  /** null when the carrier's price is unknown, or for an activity (its cost is the user's tariff). */
  amount: Money | null;
  extendsTo: LocalDate;
}

export interface Schedule {
  steps: ScheduledStep[];
  /** The expiry after the last step. */
  expiresOn: LocalDate;
}

/** Far enough for any keep-alive question; stops a bad input from looping for ever. */
const MAX_STEPS = 500;

/** Null when the carrier's rule gives no way to extend the line (no tier at all). */
export function scheduleKeepAlive(carrier: Carrier, state: TrackedValidity, today: LocalDate, until: LocalDate): Schedule | null {
  const step = stepOf(carrier);
  if (step === null) return null;
  let expiresOn = expiryDate(carrier, state);
  const steps: ScheduledStep[] = [];
  while (expiresOn === null || toEpochDay(expiresOn) < toEpochDay(until)) {
    if (steps.length >= MAX_STEPS) return null;
    const date = expiresOn === null ? today : laterDate(expiresOn, today);
    const extendsTo = step.extend(date);
    steps.push({ date, action: step.action, amount: step.amount, extendsTo });
    expiresOn = extendsTo;
  }
  return { steps, expiresOn };
}

function stepOf(carrier: Carrier): { action: ScheduledStep['action']; amount: Money | null; extend: (on: LocalDate) => LocalDate } | null {
  const { rule, currency } = carrier;
  const price = (minor: number | null) => (minor === null ? null : { minor, currency });
  switch (rule.kind) {
    case 'activity':
      return { action: 'activity', amount: null, extend: (on) => addPeriod(on, rule.every) };
    case 'plan':
      return { action: 'renew', amount: price(rule.cheapestPlan.priceMinor), extend: (on) => addPeriod(on, rule.every) };
    case 'recharge': {
      // Only reached when no tier's amount is known: the longest tier, at an amount leb cannot name.
      const days = Math.max(0, ...rule.tiers.map((t) => t.days));
      return days === 0 ? null : { action: 'topup', amount: null, extend: (on) => addDays(on, days) };
    }
  }
}
