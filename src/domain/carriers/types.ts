// A carrier's keep-number rule as leb's catalogue holds it (already validated, money in minor units). The data
// file and the user's LEB_HOME/carriers.json are written in the raw shape of data.ts; parse.ts turns one into
// the other. Every fact may be null: unknown is said, never guessed.

import type { LocalDate } from '../dates.js';

/** A span of time as the carrier states it: "180 days" and "6 months" are not the same thing at month ends. */
export interface Period {
  unit: 'days' | 'months';
  count: number;
}

export interface CarrierTier {
  /** The smallest recharge earning this tier, in minor units; null when the carrier does not say. */
  minAmountMinor: number | null;
  /** Validity counted from the day of the recharge. */
  days: number;
}

/** Recharging extends validity: each tier's days count from the recharge date and never shorten it. */
export interface RechargeRule {
  kind: 'recharge';
  tiers: CarrierTier[];
}

/** Buy the carrier's cheapest plan at least once every `every`. */
export interface PlanRule {
  kind: 'plan';
  every: Period;
  /** The cheapest plan that counts; price null when unknown. */
  cheapestPlan: { name: string; priceMinor: number | null };
}

/** One chargeable event (call, SMS, data, credit) at least once every `every`, or the number is reclaimed. */
export interface ActivityRule {
  kind: 'activity';
  every: Period;
  /** What counts as a chargeable event; `credit` means buying credit counts, so a top-up keeps the line. */
  events: ActivityEvent[];
}

export const ACTIVITY_EVENTS = ['call', 'sms', 'mms', 'data', 'credit', 'plan'] as const;
export type ActivityEvent = (typeof ACTIVITY_EVENTS)[number];

export type CarrierRule = RechargeRule | PlanRule | ActivityRule;

/** The facts a source can back. Every fact that is not null must be backed by a source. */
export const CARRIER_FACTS = ['rule', 'grace', 'limits', 'rechargeUrl', 'lead', 'afterGrace'] as const;
export type CarrierFact = (typeof CARRIER_FACTS)[number];

export interface CarrierSource {
  /** What the source is: "csl prepaid page (hkcsl.com)", "a blog post (2016)". */
  title: string;
  url: string | null;
  /** When the fact was last checked against this source. */
  checked: LocalDate;
  /** An official carrier or regulator page; false for blogs and community posts (treat as unconfirmed). */
  official: boolean;
  facts: CarrierFact[];
}

export interface Carrier {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  currency: string;
  /** The carrier's own zone: an expiry date it shows ends at midnight there. */
  timeZone: string;
  rule: CarrierRule;
  /** Days after expiry during which a recharge still saves the number; null when unknown. */
  graceDays: number | null;
  /** What happens once grace ends: the number is recycled, or unknown. */
  afterGrace: 'recycled' | null;
  minTopupMinor: number | null;
  maxTopupMinor: number | null;
  /** The carrier's own recharge page, or null when leb does not know it. */
  rechargeUrl: string | null;
  /**
   * Working days a recharge may take to be applied ("may be processed on the next working day"); 0 when the
   * carrier says it is immediate, null when it does not say.
   */
  leadWorkingDays: number | null;
  /** leb's own choice, not a carrier fact: how old an estimated expiry may get before leb asks to confirm it. */
  confirmAfterDays: number;
  sources: CarrierSource[];
  /** Where the entry comes from: leb's catalogue, or the user's carriers.json. */
  origin: 'builtin' | 'user';
}
