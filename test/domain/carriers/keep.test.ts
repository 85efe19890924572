import { describe, expect, it } from 'vitest';
import { builtinCarriers } from '../../../src/domain/carriers/catalogue.js';
import { afterActivity, cheapestExtension, estimateAfterPayment, expiryDate, expiryIso, keepNumberRules, type TrackedValidity } from '../../../src/domain/carriers/keep.js';
import { addMonths, addPeriod, payBy } from '../../../src/domain/carriers/period.js';
import { scheduleKeepAlive } from '../../../src/domain/carriers/schedule.js';
import type { Carrier } from '../../../src/domain/carriers/types.js';
import { validity } from '../../../src/domain/validity.js';

const carrier = (id: string) => builtinCarriers().find((c) => c.id === id) as Carrier;
const CMHK = carrier('cmhk-prepaid');
const GIFFGAFF = carrier('giffgaff');
const VODAFONE = carrier('vodafone-uk-payg');
const CLUBSIM = carrier('clubsim');
const CSL = carrier('csl-rechargeable');
const expires = (expiresOn: string | null): TrackedValidity => ({ expiresOn, lastActivityOn: null });
const active = (lastActivityOn: string | null): TrackedValidity => ({ expiresOn: null, lastActivityOn });

describe('periods on the calendar', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-15', 6, '2026-09-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-10-31', 12, '2027-10-31'],
  ])('%s + %i months = %s (clamped to the month end)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('counts days across a leap day', () => {
    expect(addPeriod('2028-02-01', { unit: 'days', count: 180 })).toBe('2028-07-30');
  });

  it.each([
    ['2026-12-07', 1, '2026-12-04'], // a Monday deadline: pay by the Friday before
    ['2026-12-09', 1, '2026-12-08'],
    ['2026-12-09', 0, '2026-12-09'],
    ['2026-12-08', 3, '2026-12-03'],
  ])('recharging %s with %i working days of lead means paying by %s', (deadline, lead, by) => {
    expect(payBy(deadline, lead)).toBe(by);
  });
});

describe('the estimate after a recorded payment', () => {
  it.each([
    // recharge rule: the tier's days from the payment day, never shortening
    ['cmhk HK$50 before expiry', CMHK, expires('2026-12-20'), 'topup', 5_000, '2026-12-02', '2027-05-31'],
    ['cmhk HK$100 still earns the HK$50 tier', CMHK, expires('2026-12-20'), 'topup', 10_000, '2026-12-02', '2027-05-31'],
    ['cmhk never shortens a later expiry', CMHK, expires('2027-08-01'), 'topup', 5_000, '2026-12-02', '2027-08-01'],
    ['cmhk in grace counts from the payment day', CMHK, expires('2026-11-20'), 'topup', 5_000, '2026-12-02', '2027-05-31'],
    // plan rule: the period from the purchase day
    ['clubsim plan', CLUBSIM, expires('2027-01-10'), 'renew', 0, '2026-12-02', '2027-12-02'],
    // activity rule: buying credit is a chargeable event for giffgaff, months on the calendar
    ['giffgaff credit on 31 Aug', GIFFGAFF, active('2026-05-01'), 'topup', 1_000, '2026-08-31', '2027-02-28'],
  ] as const)('%s', (_name, c, state, kind, amount, paidOn, expected) => {
    const estimate = estimateAfterPayment(c, state, kind, amount, paidOn);
    expect(estimate.moved && estimate.expiresOn).toBe(expected);
  });

  it.each([
    ['below every tier', CMHK, expires('2026-12-20'), 4_000, 'below-tiers'],
    ['an unknown tier amount', CSL, expires('2026-12-20'), 5_000, 'unknown-tier'],
    ['credit does not count for Vodafone UK (calls only)', VODAFONE, active('2026-10-01'), 1_000, 'not-counted'],
  ] as const)('does not move on %s', (_name, c, state, amount, reason) => {
    expect(estimateAfterPayment(c, state, 'topup', amount, '2026-12-02')).toEqual({ moved: false, reason });
  });

  it('records a chargeable event, never moving the last one back', () => {
    expect(afterActivity(active('2026-10-01'), '2026-12-02')).toEqual(active('2026-12-02'));
    expect(afterActivity(active('2026-12-02'), '2026-10-01')).toEqual(active('2026-12-02'));
  });
});

describe('the real deadline of a tracked line', () => {
  it('CMHK: expiry plus 30 days of grace, at the end of the day in Hong Kong', () => {
    const expiresAt = expiryIso(CMHK, '2026-12-20');
    expect(expiresAt).toBe('2026-12-20T23:59:59+08:00');
    const v = validity({ expiresAt, graceDays: keepNumberRules(CMHK).graceDays, flag: null }, new Date('2026-12-02T12:00:00Z'), 'America/Los_Angeles');
    expect(v).toMatchObject({ state: 'active', daysLeft: 18, numberKeptUntil: '2027-01-19T23:59:59+08:00' });
  });

  it('giffgaff: the last activity plus 6 months, the number lost the day after; London time across the clock change', () => {
    const expiresOn = expiryDate(GIFFGAFF, active('2026-09-15')) as string;
    expect(expiresOn).toBe('2027-03-15');
    expect(expiryIso(GIFFGAFF, expiresOn)).toBe('2027-03-15T23:59:59+00:00');
    expect(expiryIso(GIFFGAFF, '2027-04-15')).toBe('2027-04-15T23:59:59+01:00');
    expect(keepNumberRules(GIFFGAFF).graceDays).toBe(0);
  });

  it.each(['UTC', 'America/Los_Angeles', 'Australia/Melbourne', 'Asia/Kolkata', 'Pacific/Kiritimati'])('days left count the carrier\'s calendar date from the user\'s today (%s)', (zone) => {
    const now = new Date('2026-12-02T02:00:00Z');
    const v = validity({ expiresAt: expiryIso(CMHK, '2026-12-20'), graceDays: 30, flag: null }, now, zone);
    const userToday = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
    expect(v.daysLeft).toBe((Date.parse('2026-12-20') - Date.parse(userToday)) / 86_400_000);
  });

  it('unknown grace counts as none, so the deadline is never later than the real one', () => {
    expect(keepNumberRules(carrier('3hk-hahasim')).graceDays).toBe(0);
  });
});

describe('the cheapest payment that really extends the line', () => {
  it('CMHK: the HK$50 tier when 180 days from today pass the expiry', () => {
    expect(cheapestExtension(CMHK, expires('2026-12-20'), '2026-12-02')).toEqual({ kind: 'topup', amount: { minor: 5_000, currency: 'HKD' }, expiresOn: '2027-05-31' });
  });
  it('CMHK: nothing when the line already runs past 180 days from today', () => {
    expect(cheapestExtension(CMHK, expires('2027-07-01'), '2026-12-02')).toBeNull();
  });
  it('ClubSIM: the plan, price unknown', () => {
    expect(cheapestExtension(CLUBSIM, expires('2027-01-10'), '2026-12-02')).toEqual({ kind: 'renew', amount: null, expiresOn: '2027-12-02' });
  });
  it('giffgaff: a top-up of any amount (the smallest is not known)', () => {
    expect(cheapestExtension(GIFFGAFF, active('2026-10-01'), '2026-12-02')).toEqual({ kind: 'topup', amount: null, expiresOn: '2027-06-02' });
  });
  it('Vodafone UK: no payment counts, only a call', () => {
    expect(cheapestExtension(VODAFONE, active('2026-10-01'), '2026-12-02')).toBeNull();
  });
});

describe('keeping a tracked line to a date without prices', () => {
  it('giffgaff: one chargeable event on each last day', () => {
    const schedule = scheduleKeepAlive(GIFFGAFF, active('2026-09-15'), '2026-12-02', '2027-12-31');
    expect(schedule?.steps.map((s) => [s.date, s.action, s.extendsTo])).toEqual([
      ['2027-03-15', 'activity', '2027-09-15'],
      ['2027-09-15', 'activity', '2028-03-15'],
    ]);
  });
  it('ClubSIM: the plan on each expiry, from today once it has passed', () => {
    const schedule = scheduleKeepAlive(CLUBSIM, expires('2026-11-01'), '2026-12-02', '2028-01-01');
    expect(schedule?.steps.map((s) => [s.date, s.extendsTo])).toEqual([
      ['2026-12-02', '2027-12-02'],
      ['2027-12-02', '2028-12-01'],
    ]);
  });
  it('nothing to do when the line already lasts', () => {
    expect(scheduleKeepAlive(GIFFGAFF, active('2026-11-01'), '2026-12-02', '2027-01-01')?.steps).toEqual([]);
  });
});
