import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoInZone } from '../../src/domain/dates.js';
import {
  byUrgency,
  daysLeft,
  numberKeptUntil,
  remainingShare,
  riskOf,
  today,
  validity,
} from '../../src/domain/validity.js';
import type { LineState, ProviderLineFlag, Risk, Validity } from '../../src/domain/validity.js';

const PROCESS_ZONES = ['UTC', 'America/Los_Angeles', 'Australia/Melbourne', 'Asia/Kolkata', 'Pacific/Kiritimati'] as const;
type Zone = (typeof PROCESS_ZONES)[number];

/** getTimezoneOffset() in mid-January, to prove the process really runs in the zone. */
const JANUARY_OFFSET: Record<Zone, number> = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Australia/Melbourne': -660,
  'Asia/Kolkata': -330,
  'Pacific/Kiritimati': -840,
};

/** Each zone's UTC offset from November to February ('nov-feb') and in June ('jun'). */
const OFFSET: Record<Zone, { 'nov-feb': string; jun: string }> = {
  UTC: { 'nov-feb': '+00:00', jun: '+00:00' },
  'America/Los_Angeles': { 'nov-feb': '-08:00', jun: '-07:00' },
  'Australia/Melbourne': { 'nov-feb': '+11:00', jun: '+10:00' },
  'Asia/Kolkata': { 'nov-feb': '+05:30', jun: '+05:30' },
  'Pacific/Kiritimati': { 'nov-feb': '+14:00', jun: '+14:00' },
};

/**
 * Cases that read the same in every zone: the user's wall clock shows `wall`; the provider wrote `expiresAt`.
 * daysLeft counts calendar days from the user's date to the date the provider wrote.
 */
const EVERY_ZONE: ReadonlyArray<[label: string, wall: string, season: 'nov-feb' | 'jun', expiresAt: string, expected: number]> = [
  ['expires today', '2026-11-22T12:00:00', 'nov-feb', '2026-11-22T23:59:59+08:00', 0],
  ['expires tomorrow', '2026-11-22T12:00:00', 'nov-feb', '2026-11-23T23:59:59+08:00', 1],
  ['expired yesterday', '2026-11-22T12:00:00', 'nov-feb', '2026-11-21T23:59:59+08:00', -1],
  ['first second of the day', '2026-11-22T00:00:00', 'nov-feb', '2026-12-22T23:59:59+08:00', 30],
  ['last second of the day', '2026-11-22T23:59:59', 'nov-feb', '2026-12-22T23:59:59+08:00', 30],
  ['the provider wrote a date in its own offset', '2026-11-22T12:00:00', 'nov-feb', '2026-11-22T00:00:00-10:00', 0],
  ['Dec 31 → Jan 1', '2026-12-31T23:59:59', 'nov-feb', '2027-01-01T23:59:59+08:00', 1],
  ['Jan 1 expiring that day', '2027-01-01T00:00:00', 'nov-feb', '2027-01-01T23:59:59+08:00', 0],
  ['Jan 1, expired Dec 31', '2027-01-01T00:00:00', 'nov-feb', '2026-12-31T23:59:59+08:00', -1],
  ['Feb 28 → Mar 1 in a leap year', '2028-02-28T12:00:00', 'nov-feb', '2028-03-01T23:59:59+08:00', 2],
  ['Feb 29 → Mar 1', '2028-02-29T12:00:00', 'nov-feb', '2028-03-01T00:00:00+08:00', 1],
  ['Feb 28 → Mar 1 in a common year', '2026-02-28T12:00:00', 'nov-feb', '2026-03-01T23:59:59+08:00', 1],
  ['a month in winter', '2026-06-15T12:00:00', 'jun', '2026-07-15T23:59:59+08:00', 30],
  ['a year ahead', '2026-11-22T12:00:00', 'nov-feb', '2027-11-22T23:59:59+08:00', 365],
  ['a year ago', '2026-11-22T12:00:00', 'nov-feb', '2025-11-22T23:59:59+08:00', -365],
];

/**
 * Cases at one zone's own edges: DST nights, where a millisecond difference divided by a day gives the wrong
 * answer, and zones whose date is not UTC's. `now` is written in the user's wall time and offset.
 */
const ONE_ZONE: ReadonlyArray<[zone: Zone, label: string, now: string, expiresAt: string, expected: number]> = [
  ['America/Los_Angeles', 'spring-forward: 47 h apart is 2 days', '2026-03-07T12:00:00-08:00', '2026-03-09T12:00:00-07:00', 2],
  ['America/Los_Angeles', 'spring-forward: 24 h apart is 2 days', '2026-03-07T23:30:00-08:00', '2026-03-09T00:30:00-07:00', 2],
  ['America/Los_Angeles', 'spring-forward day itself', '2026-03-08T00:30:00-08:00', '2026-03-08T23:59:59-07:00', 0],
  ['America/Los_Angeles', 'just after spring-forward', '2026-03-08T03:30:00-07:00', '2026-03-09T00:00:00-07:00', 1],
  ['America/Los_Angeles', 'fall-back: 24 h apart is the same day', '2026-11-01T00:30:00-07:00', '2026-11-01T23:30:00-08:00', 0],
  ['America/Los_Angeles', 'fall-back: 26 h apart is 2 days', '2026-10-31T23:30:00-07:00', '2026-11-02T00:30:00-08:00', 2],
  ['America/Los_Angeles', 'fall-back: the second 1:30 am', '2026-11-01T01:30:00-08:00', '2026-11-01T23:59:59-08:00', 0],
  ['America/Los_Angeles', 'Sunday evening in LA is Monday in UTC', '2026-11-22T20:00:00-08:00', '2026-11-23T23:59:59+08:00', 1],
  ['Australia/Melbourne', 'April fall-back: 25 h apart is 1 day', '2026-04-04T23:30:00+11:00', '2026-04-05T23:30:00+10:00', 1],
  ['Australia/Melbourne', 'April fall-back: the second 2:30 am', '2026-04-05T02:30:00+10:00', '2026-04-06T00:00:00+10:00', 1],
  ['Australia/Melbourne', 'October spring-forward: 24 h apart is 2 days', '2026-10-03T23:30:00+10:00', '2026-10-05T00:30:00+11:00', 2],
  ['Australia/Melbourne', 'October spring-forward day itself', '2026-10-04T03:30:00+11:00', '2026-10-04T23:59:59+11:00', 0],
  ['Australia/Melbourne', 'new year in Melbourne while UTC is still Dec 31', '2027-01-01T03:00:00+11:00', '2026-12-31T23:59:59+08:00', -1],
  ['Asia/Kolkata', 'already tomorrow in Kolkata', '2026-11-23T01:30:00+05:30', '2026-11-23T23:59:59+08:00', 0],
  ['Asia/Kolkata', 'one second before midnight', '2026-11-22T23:59:59+05:30', '2026-11-23T23:59:59+08:00', 1],
  ['Pacific/Kiritimati', "Kiritimati's today is UTC's tomorrow (2026-11-22T20:00Z)", '2026-11-23T10:00:00+14:00', '2026-11-23T23:59:59+08:00', 0],
  ['Pacific/Kiritimati', 'so a line that ends on UTC\'s today has already expired', '2026-11-23T10:00:00+14:00', '2026-11-22T23:59:59+08:00', -1],
  ['Pacific/Kiritimati', 'new year first in the world', '2027-01-01T00:30:00+14:00', '2026-12-31T23:59:59+08:00', -1],
  ['UTC', 'UTC at 2026-11-22T20:00Z is still the 22nd', '2026-11-22T20:00:00+00:00', '2026-11-23T23:59:59+08:00', 1],
];

/** One instant, 2026-11-22T20:00:00Z, seen from each zone: the user's date decides. */
const SAME_INSTANT: Record<Zone, { endsNov23: number; endedNov22: number }> = {
  UTC: { endsNov23: 1, endedNov22: 0 },
  'America/Los_Angeles': { endsNov23: 1, endedNov22: 0 },
  'Australia/Melbourne': { endsNov23: 0, endedNov22: -1 },
  'Asia/Kolkata': { endsNov23: 0, endedNov22: -1 },
  'Pacific/Kiritimati': { endsNov23: 0, endedNov22: -1 },
};

describe.each(PROCESS_ZONES)('daysLeft with the process and the user in %s', (zone) => {
  let savedTz: string | undefined;
  beforeAll(() => {
    savedTz = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('the process really is in that zone', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(JANUARY_OFFSET[zone]);
  });

  it.each(EVERY_ZONE)('%s: at %s (%s) until %s → %i', (_label, wall, season, expiresAt, expected) => {
    const nowIso = `${wall}${OFFSET[zone][season]}`;
    const now = new Date(nowIso);
    expect(isoInZone(now, zone)).toBe(nowIso); // the table's offsets are right
    expect(today(now, zone)).toBe(wall.slice(0, 10));
    expect(daysLeft(expiresAt, now, zone)).toBe(expected);
    expect(validity({ expiresAt, graceDays: 30, flag: null }, now, zone).daysLeft).toBe(expected);
  });

  const own = ONE_ZONE.filter(([z]) => z === zone);
  it.each(own)('%s, %s: at %s until %s → %i', (_zone, _label, nowIso, expiresAt, expected) => {
    const now = new Date(nowIso);
    expect(isoInZone(now, zone)).toBe(nowIso);
    expect(daysLeft(expiresAt, now, zone)).toBe(expected);
  });

  it.each(PROCESS_ZONES)('a user in %s sees their own date, whatever the process zone', (userZone) => {
    const now = new Date('2026-11-22T20:00:00Z');
    expect(daysLeft('2026-11-23T23:59:59+08:00', now, userZone)).toBe(SAME_INSTANT[userZone].endsNov23);
    expect(daysLeft('2026-11-22T23:59:59+08:00', now, userZone)).toBe(SAME_INSTANT[userZone].endedNov22);
  });
});

describe('daysLeft: the same instant is two calendar days apart across the date line', () => {
  it.each([
    ['Pacific/Pago_Pago', 1], // 23:30 on Nov 21 (-11)
    ['UTC', 0], // 10:30 on Nov 22
    ['Pacific/Kiritimati', -1], // 00:30 on Nov 23 (+14)
  ])('%s → %i', (zone, expected) => {
    expect(daysLeft('2026-11-22T23:59:59+08:00', new Date('2026-11-22T10:30:00Z'), zone)).toBe(expected);
  });
});

// Noon in Hong Kong on 2026-11-22, the sandbox carrier's zone.
const NOW = new Date('2026-11-22T04:00:00Z');
const HK = 'Asia/Hong_Kong';
const at = (date: string) => `${date}T23:59:59+08:00`;

describe('validity: state, days left and the keep-number deadline', () => {
  it.each<[label: string, expiresAt: string | null, graceDays: number, flag: ProviderLineFlag, state: LineState, left: number | null, keptUntil: string | null, toDeadline: number | null]>([
    ['expires today', at('2026-11-22'), 30, null, 'active', 0, at('2026-12-22'), 30],
    ['healthy', at('2027-01-24'), 30, null, 'active', 63, at('2027-02-23'), 93],
    ['inside 14 days', at('2026-11-28'), 30, null, 'active', 6, at('2026-12-28'), 36],
    ['expired yesterday: grace', at('2026-11-21'), 30, null, 'grace', -1, at('2026-12-21'), 29],
    ['last day of grace', at('2026-10-23'), 30, null, 'grace', -30, at('2026-11-22'), 0],
    ['one day beyond grace: recycled', at('2026-10-22'), 30, null, 'recycled', -31, at('2026-11-21'), -1],
    ['long gone', at('2025-01-01'), 30, null, 'recycled', -690, at('2025-01-31'), -660],
    ['provider says recycled, dates say fine', at('2027-01-24'), 30, 'recycled', 'recycled', 63, at('2027-02-23'), 93],
    ['no grace period, expired yesterday', at('2026-11-21'), 0, null, 'expired', -1, at('2026-11-21'), -1],
    ['no grace period, expired long ago: still only expired', at('2025-11-21'), 0, null, 'expired', -366, at('2025-11-21'), -366],
    ['no grace period, expires today', at('2026-11-22'), 0, null, 'active', 0, at('2026-11-22'), 0],
    ['provider says expired, no grace period', at('2026-12-01'), 0, 'expired', 'expired', 9, at('2026-12-01'), 9],
    ['provider says inactive, no date', null, 30, 'inactive', 'inactive', null, null, null],
    ['provider says inactive, with a date', at('2026-12-02'), 30, 'inactive', 'inactive', 10, at('2027-01-01'), 40],
    ['provider says inactive, but far past grace', at('2026-09-01'), 30, 'inactive', 'recycled', -82, at('2026-10-01'), -52],
    ['no date, no flag', null, 30, null, 'unknown', null, null, null],
    ['no date, recycled', null, 30, 'recycled', 'recycled', null, null, null],
  ])('%s', (_label, expiresAt, graceDays, flag, state, left, keptUntil, toDeadline) => {
    const v = validity({ expiresAt, graceDays, flag }, NOW, HK);
    expect(v).toEqual<Validity>({ state, daysLeft: left, numberKeptUntil: keptUntil, daysToDeadline: toDeadline });
  });

  it('grace ends at the end of the keep-number day, in the user\'s calendar', () => {
    const input = { expiresAt: at('2026-10-23'), graceDays: 30, flag: null };
    // 23:59 on Nov 22 in Hong Kong: still the last day of grace.
    expect(validity(input, new Date('2026-11-22T15:59:00Z'), HK).state).toBe('grace');
    // 00:01 on Nov 23 in Hong Kong: gone.
    expect(validity(input, new Date('2026-11-22T16:01:00Z'), HK).state).toBe('recycled');
  });
});

describe('numberKeptUntil: expiry plus grace, in the provider\'s calendar and offset', () => {
  it.each([
    ['2026-12-01T23:59:59+08:00', 30, '2026-12-31T23:59:59+08:00'],
    ['2026-12-15T23:59:59+08:00', 30, '2027-01-14T23:59:59+08:00'],
    ['2028-02-01T23:59:59+08:00', 30, '2028-03-02T23:59:59+08:00'],
    ['2026-02-01T23:59:59+08:00', 30, '2026-03-03T23:59:59+08:00'],
    ['2026-11-22T18:00:00-05:00', 0, '2026-11-22T18:00:00-05:00'],
    ['2026-11-22T00:00:00Z', 7, '2026-11-29T00:00:00Z'],
  ])('%s + %i days → %s', (expiresAt, grace, expected) => {
    expect(numberKeptUntil(expiresAt, grace)).toBe(expected);
  });
});

describe('riskOf drives colour and the check exit code', () => {
  const v = (state: LineState, left: number | null): Validity => ({ state, daysLeft: left, numberKeptUntil: null, daysToDeadline: null });
  it.each<[LineState, number | null, number, Risk]>([
    ['active', 63, 14, 'ok'],
    ['active', 15, 14, 'ok'],
    ['active', 14, 14, 'warning'], // inside the window includes its edge
    ['active', 6, 14, 'warning'],
    ['active', 0, 14, 'warning'],
    ['active', 6, 3, 'ok'],
    ['active', 30, 30, 'warning'],
    ['grace', -1, 14, 'critical'],
    ['expired', -1, 14, 'critical'],
    ['recycled', -40, 14, 'lost'],
    ['recycled', 63, 14, 'lost'],
    ['inactive', null, 14, 'ok'],
    ['unknown', null, 14, 'ok'],
  ])('%s with %s days left, window %i → %s', (state, left, warnDays, risk) => {
    expect(riskOf(v(state, left), warnDays)).toBe(risk);
  });
});

describe('byUrgency: most urgent first, recycled last', () => {
  it('orders by ascending keep-number deadline, then lines without one, then recycled lines', () => {
    const lines = [
      { id: 'recycled-early', state: 'recycled' as const, numberKeptUntil: '2026-01-01T23:59:59+08:00' },
      { id: 'healthy', state: 'active' as const, numberKeptUntil: '2027-02-23T23:59:59+08:00' },
      { id: 'unknown', state: 'unknown' as const, numberKeptUntil: null },
      { id: 'grace', state: 'grace' as const, numberKeptUntil: '2026-12-17T23:59:59+08:00' },
      { id: 'recycled-null', state: 'recycled' as const, numberKeptUntil: null },
      { id: 'soon', state: 'active' as const, numberKeptUntil: '2026-12-28T23:59:59+08:00' },
      { id: 'inactive', state: 'inactive' as const, numberKeptUntil: null },
      { id: 'expired', state: 'expired' as const, numberKeptUntil: '2026-11-21T23:59:59+08:00' },
    ];
    const order = [...lines].sort(byUrgency).map((l) => l.id);
    expect(order.slice(0, 4)).toEqual(['expired', 'grace', 'soon', 'healthy']);
    expect(order.slice(4, 6).sort()).toEqual(['inactive', 'unknown']);
    expect(order.slice(6).sort()).toEqual(['recycled-early', 'recycled-null']);
  });

  it.each([
    ['the instant decides, not the text', '2026-12-01T23:59:59+08:00', '2026-12-01T20:00:00-05:00', -1], // 15:59:59Z before 01:00Z next day
    ['a later local date can be the earlier instant', '2026-12-02T06:00:00+14:00', '2026-12-01T20:00:00Z', -1],
    ['equal instants tie', '2026-12-01T23:59:59+08:00', '2026-12-01T15:59:59Z', 0],
  ])('%s', (_label, a, b, sign) => {
    const result = byUrgency({ state: 'active', numberKeptUntil: a }, { state: 'active', numberKeptUntil: b });
    expect(Math.sign(result)).toBe(sign);
    expect(Math.sign(byUrgency({ state: 'active', numberKeptUntil: b }, { state: 'active', numberKeptUntil: a }))).toBe(-sign || 0);
  });

  it.each<[LineState, string | null, LineState, string | null, number]>([
    ['active', '2030-01-01T00:00:00Z', 'unknown', null, -1],
    ['unknown', null, 'recycled', '2020-01-01T00:00:00Z', -1],
    ['active', '2030-01-01T00:00:00Z', 'recycled', '2020-01-01T00:00:00Z', -1],
    ['inactive', null, 'unknown', null, 0],
  ])('%s (%s) vs %s (%s) → %i', (sa, ka, sb, kb, sign) => {
    expect(Math.sign(byUrgency({ state: sa, numberKeptUntil: ka }, { state: sb, numberKeptUntil: kb }))).toBe(sign);
  });
});

describe('remainingShare', () => {
  it.each([
    [45, 90, 0.5],
    [90, 90, 1],
    [200, 90, 1],
    [0, 90, 0],
    [-5, 90, 0],
    [null, 90, 0],
    [10, 0, 0],
  ])('%s of %i days → %d', (left, period, share) => {
    expect(remainingShare(left, period)).toBe(share);
  });
});
