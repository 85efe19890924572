import { describe, expect, it } from 'vitest';
import { BUILTIN_CARRIERS, type RawCarrier } from '../../../src/domain/carriers/data.js';
import { builtinCarriers } from '../../../src/domain/carriers/catalogue.js';
import { CarrierDataError, mergeCatalogue, parseCarrier, parseCarriers, statedFacts } from '../../../src/domain/carriers/parse.js';
import { isValidTimeZone } from '../../../src/domain/dates.js';

const CMHK = BUILTIN_CARRIERS.find((c) => c.id === 'cmhk-prepaid') as RawCarrier;

function problem(entry: unknown, origin: 'builtin' | 'user' = 'builtin'): string {
  try {
    parseCarrier(entry, 'c', origin);
  } catch (error) {
    if (error instanceof CarrierDataError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe("leb's carrier catalogue", () => {
  it('parses every entry, with unique ids and the carriers the issue names', () => {
    const ids = builtinCarriers().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['cmhk-prepaid', 'csl-rechargeable', 'smartone-valuegb', '3hk-hahasim', 'clubsim', 'giffgaff', 'vodafone-uk-payg']));
  });

  it("names time zones Intl knows (leb's entries are not checked by Intl when they load)", () => {
    for (const carrier of builtinCarriers()) expect(isValidTimeZone(carrier.timeZone), `${carrier.id}: ${carrier.timeZone}`).toBe(true);
  });

  it('backs every stated fact with a dated source', () => {
    for (const carrier of builtinCarriers()) {
      const backed = new Set(carrier.sources.flatMap((s) => s.facts));
      for (const fact of statedFacts(carrier)) expect(backed.has(fact), `${carrier.id}: ${fact}`).toBe(true);
      for (const source of carrier.sources) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps the checked facts of the reference and says unknown as null', () => {
    const byId = Object.fromEntries(builtinCarriers().map((c) => [c.id, c]));
    expect(byId['smartone-valuegb']?.rule).toEqual({ kind: 'recharge', tiers: [{ minAmountMinor: 5_000, days: 365 }] });
    expect(byId['smartone-valuegb']?.graceDays).toBe(30);
    expect(byId['cmhk-prepaid']).toMatchObject({ minTopupMinor: 5_000, maxTopupMinor: 100_000, leadWorkingDays: 1 });
    expect(byId['giffgaff']?.rule).toMatchObject({ kind: 'activity', every: { unit: 'months', count: 6 } });
    expect(byId['vodafone-uk-payg']?.rule).toMatchObject({ kind: 'activity', every: { unit: 'days', count: 180 }, events: ['call'] });
    // Unknown, never guessed: 3HK's grace, csl's recharge amount, ClubSIM's plan price.
    expect(byId['3hk-hahasim']?.graceDays).toBeNull();
    expect(byId['csl-rechargeable']?.rule).toEqual({ kind: 'recharge', tiers: [{ minAmountMinor: null, days: 180 }] });
    expect(byId['clubsim']?.rule).toMatchObject({ kind: 'plan', cheapestPlan: { priceMinor: null } });
  });
});

describe('carrier entry validation', () => {
  it.each([
    [{ ...CMHK, id: 'CMHK' }, 'c.id'],
    [{ ...CMHK, currency: 'hkd' }, 'c.currency'],
    [{ ...CMHK, timeZone: 'Hong Kong' }, 'c.timeZone'],
    [{ ...CMHK, rule: { kind: 'recharge', tiers: [] } }, 'c.rule.tiers: expected at least one tier'],
    [{ ...CMHK, rule: { kind: 'recharge', tiers: [{ minAmount: 50, days: 180 }] } }, 'c.rule.tiers[0].minAmount'],
    [{ ...CMHK, rule: { kind: 'recharge', tiers: [{ minAmount: '50.001', days: 180 }] } }, 'c.rule.tiers[0].minAmount'],
    [{ ...CMHK, rule: { kind: 'recharge', tiers: [{ minAmount: '50.00', days: 0 }] } }, 'c.rule.tiers[0].days'],
    [{ ...CMHK, rule: { kind: 'activity', every: { unit: 'weeks', count: 2 }, events: ['call'] } }, 'c.rule.every.unit'],
    [{ ...CMHK, rule: { kind: 'activity', every: { unit: 'days', count: 90 }, events: ['pigeon'] } }, 'c.rule.events[0]'],
    [{ ...CMHK, rule: { kind: 'lottery' } }, 'c.rule.kind'],
    [{ ...CMHK, graceDays: -1 }, 'c.graceDays'],
    [{ ...CMHK, minTopup: '100.00', maxTopup: '50.00' }, 'c.maxTopup'],
    [{ ...CMHK, rechargeUrl: 'http://eshop.example/' }, 'c.rechargeUrl: expected an https:// address'],
    [{ ...CMHK, rechargeUrl: 'javascript:alert(1)' }, 'c.rechargeUrl'],
    [{ ...CMHK, sources: [{ ...CMHK.sources[0], checked: '2026-02-30' }] }, 'c.sources[0].checked'],
    // leb's own entries must source every stated fact: drop the blog and the rule is unbacked.
    [{ ...CMHK, sources: CMHK.sources.filter((s) => s.official) }, 'c.sources: expected a source for the stated fact "rule"'],
  ])('rejects %# naming the field', (entry, expected) => {
    expect(problem(entry)).toContain(expected);
  });

  it("checks a user's time zone with Intl: a well-formed name no zone has is refused", () => {
    const { sources: _sources, ...bare } = CMHK;
    expect(problem({ ...bare, id: 'my-sim', timeZone: 'Mars/Olympus' }, 'user')).toContain('c.timeZone');
    expect(problem({ ...bare, id: 'my-sim', timeZone: 'Europe/London' }, 'user')).toBe('accepted');
  });

  it("lets a user's entry leave sources out, but not ids used twice", () => {
    const { sources: _sources, ...bare } = CMHK;
    expect(problem({ ...bare, id: 'my-sim' }, 'user')).toBe('accepted');
    expect(() => parseCarriers([{ ...bare, id: 'my-sim' }, { ...bare, id: 'my-sim' }], 'carriers', 'user')).toThrow(/carriers\[1\]\.id/);
  });

  it("lets a user's entry correct leb's by id and adds new ones", () => {
    const user = parseCarriers([{ ...CMHK, graceDays: 20 }, { ...CMHK, id: 'my-sim' }], 'carriers', 'user');
    const merged = mergeCatalogue(builtinCarriers(), user);
    expect(merged.find((c) => c.id === 'cmhk-prepaid')).toMatchObject({ graceDays: 20, origin: 'user' });
    expect(merged.filter((c) => c.id === 'cmhk-prepaid')).toHaveLength(1);
    expect(merged.map((c) => c.id)).toContain('my-sim');
  });
});
