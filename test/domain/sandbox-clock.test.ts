import { describe, expect, it } from 'vitest';
import { checkOffset, earliestOffset, offsetAfter, shiftedClock, shiftedNow, MAX_CLOCK_OFFSET_DAYS } from '../../src/domain/sandbox-clock.js';

const REAL = new Date('2026-11-22T04:00:00Z'); // 12:00 in Hong Kong, 04:00 in London

describe('the sandbox clock (domain)', () => {
  it.each([
    [0, '2026-11-22T04:00:00.000Z'],
    [10, '2026-12-02T04:00:00.000Z'],
    [-3, '2026-11-19T04:00:00.000Z'],
    [365, '2027-11-22T04:00:00.000Z'],
  ])('shiftedNow by %i days', (days, expected) => {
    expect(shiftedNow(REAL, days).toISOString()).toBe(expected);
  });

  it('a shifted clock still flows: it reads the real clock each time', () => {
    let real = REAL;
    const clock = shiftedClock(() => real, 2);
    expect(clock().toISOString()).toBe('2026-11-24T04:00:00.000Z');
    real = new Date('2026-11-22T05:30:00Z');
    expect(clock().toISOString()).toBe('2026-11-24T05:30:00.000Z');
    const unmoved = () => REAL;
    expect(shiftedClock(unmoved, 0)).toBe(unmoved);
  });

  it.each([
    ['advance 10 from 0', { kind: 'advance', days: 10 } as const, 0, 'Asia/Hong_Kong', 10],
    ['advance 1 from 10', { kind: 'advance', days: 1 } as const, 10, 'Asia/Hong_Kong', 11],
    ['set a later date', { kind: 'set', date: '2026-12-31' } as const, 0, 'Asia/Hong_Kong', 39],
    ['set today', { kind: 'set', date: '2026-11-22' } as const, 5, 'Asia/Hong_Kong', 0],
    ['set an earlier date', { kind: 'set', date: '2026-11-01' } as const, 0, 'Asia/Hong_Kong', -21],
    // 04:00 UTC is still 21 November in Los Angeles: "today" is the user's.
    ['set in the user zone', { kind: 'set', date: '2026-11-22' } as const, 0, 'America/Los_Angeles', 1],
  ])('offsetAfter: %s', (_name, move, current, zone, expected) => {
    expect(offsetAfter(move, current, REAL, zone)).toBe(expected);
  });

  it.each([
    ['nothing recorded', null, null],
    ['recorded an hour ago', new Date('2026-11-22T03:00:00Z'), 0],
    ['recorded a day and an hour ahead', new Date('2026-11-23T05:00:00Z'), 2],
    ['recorded exactly a day ahead', new Date('2026-11-23T04:00:00Z'), 1],
    ['recorded three days ago', new Date('2026-11-19T03:00:00Z'), -3],
  ])('earliestOffset: %s', (_name, latest, expected) => {
    expect(earliestOffset(REAL, latest)).toBe(expected);
  });

  it.each([
    ['forward is always allowed', 10, 0, 50, { ok: true, offsetDays: 10 }],
    ['back with nothing recorded', -5, 3, null, { ok: true, offsetDays: -5 }],
    ['back to the floor', 2, 10, 2, { ok: true, offsetDays: 2 }],
    ['back past the floor', 1, 10, 2, { ok: false, problem: 'before-recorded', earliestOffsetDays: 2 }],
    ['no move', 4, 4, 9, { ok: true, offsetDays: 4 }],
    ['more than a century ahead', MAX_CLOCK_OFFSET_DAYS + 1, 0, null, { ok: false, problem: 'too-far', limit: MAX_CLOCK_OFFSET_DAYS }],
    ['more than a century behind', -MAX_CLOCK_OFFSET_DAYS - 1, 0, null, { ok: false, problem: 'too-far', limit: MAX_CLOCK_OFFSET_DAYS }],
  ])('checkOffset: %s', (_name, next, current, floor, expected) => {
    expect(checkOffset(next, current, floor)).toEqual(expected);
  });
});
