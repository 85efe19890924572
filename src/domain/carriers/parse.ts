// Validate a carrier entry (leb's data.ts or the user's carriers.json) into a Carrier. Pure: a problem throws
// CarrierDataError with the path of the bad field, and the caller says which file it came from.

import { isLocalDate, isValidTimeZone } from '../dates.js';
import { isCurrencyCode, parseWireAmount } from '../money.js';
import { byCodeUnit } from '../text-order.js';
import { ACTIVITY_EVENTS, CARRIER_FACTS, type ActivityEvent, type Carrier, type CarrierFact, type CarrierRule, type CarrierSource, type Period } from './types.js';

export class CarrierDataError extends Error {
  override readonly name = 'CarrierDataError';
  constructor(
    /** Where in the entry: "carriers[2].rule.tiers[0].days". */
    readonly path: string,
    /** What was expected there, in plain words (data, not a translated message). */
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

/** How long an estimate is trusted before leb asks the user to confirm the expiry, when an entry does not say. */
export const DEFAULT_CONFIRM_AFTER_DAYS = 30;

const ID = /^[a-z0-9][a-z0-9-]{1,47}$/;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(path: string, expected: string): never {
  throw new CarrierDataError(path, expected);
}

function obj(v: unknown, path: string): Obj {
  return isObj(v) ? v : fail(path, 'an object');
}

function text(v: unknown, path: string): string {
  return typeof v === 'string' && v.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(v) ? v : fail(path, 'a non-empty line of text');
}

function int(v: unknown, path: string, min: number, max: number): number {
  return Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : fail(path, `a whole number from ${min} to ${max}`);
}

function nullOr<T>(v: unknown, parse: (v: unknown) => T): T | null {
  return v === null || v === undefined ? null : parse(v);
}

function list(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'a list');
}

/** A positive amount written as a decimal string in the currency's precision, e.g. "50.00". */
function amountMinor(v: unknown, path: string, currency: string): number {
  const parsed = typeof v === 'string' ? parseWireAmount(v, currency) : null;
  return parsed !== null && parsed.minor > 0 ? parsed.minor : fail(path, `a positive amount in ${currency} written as a string, e.g. "50.00"`);
}

/** Only https: the page is opened in the user's browser. */
function httpsUrl(v: unknown, path: string): string {
  if (typeof v === 'string') {
    try {
      const url = new URL(v);
      if (url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
    } catch {
      // falls through to the failure below
    }
  }
  return fail(path, 'an https:// address');
}

function period(v: unknown, path: string): Period {
  const o = obj(v, path);
  const unit = o.unit === 'days' || o.unit === 'months' ? o.unit : fail(`${path}.unit`, '"days" or "months"');
  return { unit, count: int(o.count, `${path}.count`, 1, unit === 'days' ? 3660 : 120) };
}

function rule(v: unknown, path: string, currency: string): CarrierRule {
  const o = obj(v, path);
  switch (o.kind) {
    case 'recharge': {
      const tiers = list(o.tiers, `${path}.tiers`).map((tier, i) => {
        const at = `${path}.tiers[${i}]`;
        const t = obj(tier, at);
        return { minAmountMinor: nullOr(t.minAmount, (a) => amountMinor(a, `${at}.minAmount`, currency)), days: int(t.days, `${at}.days`, 1, 3660) };
      });
      if (tiers.length === 0) fail(`${path}.tiers`, 'at least one tier');
      return { kind: 'recharge', tiers };
    }
    case 'plan': {
      const plan = obj(o.cheapestPlan, `${path}.cheapestPlan`);
      return {
        kind: 'plan',
        every: period(o.every, `${path}.every`),
        cheapestPlan: { name: text(plan.name, `${path}.cheapestPlan.name`), priceMinor: nullOr(plan.price, (a) => amountMinor(a, `${path}.cheapestPlan.price`, currency)) },
      };
    }
    case 'activity': {
      const events = list(o.events, `${path}.events`).map((e, i) =>
        ACTIVITY_EVENTS.includes(e as ActivityEvent) ? (e as ActivityEvent) : fail(`${path}.events[${i}]`, `one of ${ACTIVITY_EVENTS.join(', ')}`),
      );
      if (events.length === 0) fail(`${path}.events`, 'at least one kind of event');
      return { kind: 'activity', every: period(o.every, `${path}.every`), events: [...new Set(events)] };
    }
    default:
      return fail(`${path}.kind`, 'one of recharge, plan, activity');
  }
}

function source(v: unknown, path: string): CarrierSource {
  const o = obj(v, path);
  const checked = typeof o.checked === 'string' && isLocalDate(o.checked) ? o.checked : fail(`${path}.checked`, 'a date (YYYY-MM-DD)');
  const facts = list(o.facts, `${path}.facts`).map((f, i) =>
    CARRIER_FACTS.includes(f as CarrierFact) ? (f as CarrierFact) : fail(`${path}.facts[${i}]`, `one of ${CARRIER_FACTS.join(', ')}`),
  );
  const official = typeof o.official === 'boolean' ? o.official : fail(`${path}.official`, 'true or false');
  return { title: text(o.title, `${path}.title`), url: nullOr(o.url, (u) => httpsUrl(u, `${path}.url`)), checked, official, facts };
}

/** The facts an entry states (not null); each must be backed by a source in leb's own catalogue. */
export function statedFacts(carrier: Carrier): CarrierFact[] {
  const stated: CarrierFact[] = ['rule'];
  if (carrier.graceDays !== null) stated.push('grace');
  if (carrier.minTopupMinor !== null || carrier.maxTopupMinor !== null) stated.push('limits');
  if (carrier.rechargeUrl !== null) stated.push('rechargeUrl');
  if (carrier.leadWorkingDays !== null) stated.push('lead');
  if (carrier.afterGrace !== null) stated.push('afterGrace');
  return stated;
}

/**
 * A user's zone is checked by Intl. leb's own entries only for their shape: the first Intl.DateTimeFormat with
 * a zone loads ICU's data (5 to 10 ms of `leb carriers`, which uses no zone), and their zones are checked by
 * Intl in test/domain/carriers/catalogue.test.ts.
 */
function isZoneFor(zone: string, origin: Carrier['origin']): boolean {
  return origin === 'builtin' ? /^[A-Z][A-Za-z_]+(?:\/[A-Za-z_+-]+)+$/.test(zone) : isValidTimeZone(zone);
}

/**
 * One entry. leb's own entries must name a source for every fact they state; a user's entries may leave
 * sources out (they are the user's own knowledge) and are shown as such.
 */
export function parseCarrier(v: unknown, path: string, origin: Carrier['origin']): Carrier {
  const o = obj(v, path);
  const id = typeof o.id === 'string' && ID.test(o.id) ? o.id : fail(`${path}.id`, 'lower-case letters, digits and dashes, e.g. "cmhk-prepaid"');
  const currency = typeof o.currency === 'string' && isCurrencyCode(o.currency) ? o.currency : fail(`${path}.currency`, 'an ISO 4217 code such as HKD');
  const carrier: Carrier = {
    id,
    name: text(o.name, `${path}.name`),
    country: typeof o.country === 'string' && /^[A-Z]{2}$/.test(o.country) ? o.country : fail(`${path}.country`, 'a two-letter country code such as HK'),
    currency,
    timeZone: typeof o.timeZone === 'string' && isZoneFor(o.timeZone, origin) ? o.timeZone : fail(`${path}.timeZone`, 'an IANA time zone such as Asia/Hong_Kong'),
    rule: rule(o.rule, `${path}.rule`, currency),
    graceDays: nullOr(o.graceDays, (g) => int(g, `${path}.graceDays`, 0, 365)),
    afterGrace: nullOr(o.afterGrace, (a) => (a === 'recycled' ? 'recycled' : fail(`${path}.afterGrace`, '"recycled" or null'))),
    minTopupMinor: nullOr(o.minTopup, (a) => amountMinor(a, `${path}.minTopup`, currency)),
    maxTopupMinor: nullOr(o.maxTopup, (a) => amountMinor(a, `${path}.maxTopup`, currency)),
    rechargeUrl: nullOr(o.rechargeUrl, (u) => httpsUrl(u, `${path}.rechargeUrl`)),
    leadWorkingDays: nullOr(o.leadWorkingDays, (d) => int(d, `${path}.leadWorkingDays`, 0, 30)),
    confirmAfterDays: o.confirmAfterDays === undefined ? DEFAULT_CONFIRM_AFTER_DAYS : int(o.confirmAfterDays, `${path}.confirmAfterDays`, 1, 365),
    sources: o.sources === undefined && origin === 'user' ? [] : list(o.sources, `${path}.sources`).map((s, i) => source(s, `${path}.sources[${i}]`)),
    origin,
  };
  if (carrier.minTopupMinor !== null && carrier.maxTopupMinor !== null && carrier.minTopupMinor > carrier.maxTopupMinor) {
    fail(`${path}.maxTopup`, 'an amount no smaller than minTopup');
  }
  if (origin === 'builtin') {
    const backed = new Set(carrier.sources.flatMap((s) => s.facts));
    for (const fact of statedFacts(carrier)) if (!backed.has(fact)) fail(`${path}.sources`, `a source for the stated fact "${fact}"`);
  }
  return carrier;
}

/** A list of entries (leb's, or the user's file's `carriers`), ids unique within it. */
export function parseCarriers(v: unknown, path: string, origin: Carrier['origin']): Carrier[] {
  const seen = new Set<string>();
  return list(v, path).map((entry, i) => {
    const carrier = parseCarrier(entry, `${path}[${i}]`, origin);
    if (seen.has(carrier.id)) fail(`${path}[${i}].id`, `an id not used twice ("${carrier.id}" is)`);
    seen.add(carrier.id);
    return carrier;
  });
}

/** leb's entries, with the user's added; a user entry with a known id replaces leb's (a correction). */
export function mergeCatalogue(builtin: readonly Carrier[], user: readonly Carrier[]): Carrier[] {
  const byId = new Map(builtin.map((c) => [c.id, c]));
  for (const carrier of user) byId.set(carrier.id, carrier);
  return [...byId.values()].sort((a, b) => byCodeUnit(a.country, b.country) || byCodeUnit(a.id, b.id));
}
