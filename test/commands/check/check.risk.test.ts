// Pure pieces of the watch area as tables: cheapest renewal, exit code, hook environment, filters.

import { describe, expect, it } from 'vitest';
import { cheapestRenewal, totalByCurrency } from '../../../src/domain/renewal-cost.js';
import { checkExitCode, hookEnv, riskMessage } from '../../../src/commands/check/check.risk.js';
import { applyFilters, type StatusViewOptions } from '../../../src/commands/status/status.filters.js';
import { validity, riskOf } from '../../../src/domain/validity.js';
import { SANDBOX_PLANS, SANDBOX_RULES } from '../../../src/providers/sandbox/catalogue.js';
import type { LineView } from '../../../src/app/lines.js';
import type { KeepNumberRules } from '../../../src/domain/rules.js';
import { en } from '../../../src/io/messages/en.js';

const NOW = new Date('2026-11-22T04:00:00Z');
const ZONE = 'Asia/Hong_Kong';

function view(expiresAt: string | null, overrides: Partial<LineView> = {}, flag: 'recycled' | null = null): LineView {
  const v = validity({ expiresAt, graceDays: 30, flag }, NOW, ZONE);
  return {
    target: { name: 'shop', kind: 'http', account: { provider: 'http', endpoint: 'https://api.example.com', login: 'me', authEndpoint: null, createdAt: '2026-01-01T00:00:00Z', credentials: 'file' } },
    status: {
      id: 'ln_1', number: '+85291234567', iccid: null, alias: 'Work', expiresAt, flag,
      balance: { minor: 420, currency: 'HKD' }, data: null, plan: null, rules: SANDBOX_RULES, defaultMethod: 'card',
    },
    validity: v,
    risk: riskOf(v, 14),
    fetchedAt: NOW,
    ...overrides,
  };
}

describe('cheapestRenewal', () => {
  const tiersOnly: KeepNumberRules = { ...SANDBOX_RULES };
  it.each([
    ['the cheapest plan when it beats every top-up', SANDBOX_PLANS, { amount: { minor: 1_800, currency: 'HKD' }, basis: 'plan' }],
    ['the smallest top-up that earns days when plans are unknown', null, { amount: { minor: 2_000, currency: 'HKD' }, basis: 'topup' }],
    ['a top-up when it is cheaper than any plan', [{ id: 'gold', name: 'gold', price: { minor: 9_900, currency: 'HKD' }, validityDays: 30 }], { amount: { minor: 2_000, currency: 'HKD' }, basis: 'topup' }],
  ] as const)('%s', (_name, plans, expected) => {
    expect(cheapestRenewal(tiersOnly, plans)).toEqual(expected);
  });

  it('raises a tier to the minimum top-up, and is null when nothing earns validity', () => {
    expect(cheapestRenewal({ ...SANDBOX_RULES, minTopupMinor: 2_500 }, null)).toEqual({ amount: { minor: 2_500, currency: 'HKD' }, basis: 'topup' });
    expect(cheapestRenewal({ ...SANDBOX_RULES, rechargeTable: [{ minAmountMinor: 500, validityDays: 0 }, { minAmountMinor: 3_000, validityDays: 30 }] }, null)).toEqual({ amount: { minor: 3_000, currency: 'HKD' }, basis: 'topup' });
    expect(cheapestRenewal({ ...SANDBOX_RULES, rechargeTable: [] }, [])).toBeNull();
  });

  it('totals per currency, in code order', () => {
    const { totals, bases } = totalByCurrency([
      { amount: { minor: 1_800, currency: 'HKD' }, basis: 'plan' },
      { amount: { minor: 500, currency: 'USD' }, basis: 'topup' },
      { amount: { minor: 2_000, currency: 'HKD' }, basis: 'topup' },
    ]);
    expect(totals).toEqual([{ minor: 3_800, currency: 'HKD' }, { minor: 500, currency: 'USD' }]);
    expect([...bases].sort()).toEqual(['plan', 'topup']);
  });
});

describe('checkExitCode', () => {
  it.each([
    [[], 0],
    [['2027-06-10T23:59:59+08:00'], 0],
    [['2026-11-28T23:59:59+08:00'], 10],
    [['2026-11-22T23:59:59+08:00'], 10],
    [['2026-11-21T23:59:59+08:00'], 11],
    [['2027-06-10T23:59:59+08:00', '2026-11-28T23:59:59+08:00', '2026-11-17T23:59:59+08:00'], 11],
  ])('%j → %i', (expiries, code) => {
    expect(checkExitCode(expiries.map((e) => view(e)))).toBe(code);
  });

  it('a recycled line is 11', () => {
    expect(checkExitCode([view(null, {}, 'recycled')])).toBe(11);
  });
});

describe('hookEnv', () => {
  it('names the line and its deadline, with empty strings for what is unknown', () => {
    const env = hookEnv(view('2026-11-28T23:59:59+08:00', { label: 'ACME' }), 'msg');
    expect(env).toEqual({
      LEB_LINE: 'ln_1', LEB_ACCOUNT: 'shop', LEB_PROVIDER: 'http', LEB_NUMBER: '+85291234567', LEB_ICCID: '', LEB_ALIAS: 'Work',
      LEB_LABEL: 'ACME', LEB_NOTE: '', LEB_STATE: 'active', LEB_RISK: 'warning', LEB_DAYS_LEFT: '6',
      LEB_EXPIRES_AT: '2026-11-28T23:59:59+08:00', LEB_NUMBER_KEPT_UNTIL: '2026-12-28T23:59:59+08:00',
      LEB_BALANCE: '4.20', LEB_CURRENCY: 'HKD', LEB_MESSAGE: 'msg',
    });
  });

  it('the message names the command to run as written (no --sandbox for a real account, its --account instead)', () => {
    expect(riskMessage(en, view('2026-11-22T23:59:59+08:00'))).toBe(
      'ln_1 +85291234567 (Work): expires today (2026-11-22); number kept until 2026-12-22. Renew: leb renew --account shop --line ln_1',
    );
  });
});

describe('applyFilters', () => {
  const none: StatusViewOptions = { expiringWithin: null, states: null, label: null, csv: false, offline: false };
  const views = [
    view('2026-11-17T23:59:59+08:00', { label: 'Acme HK' }),
    view('2026-11-28T23:59:59+08:00'),
    view('2027-01-24T23:59:59+08:00', { label: 'acme' }),
    view('2026-10-01T23:59:59+08:00'),
  ];
  const states = (o: Partial<StatusViewOptions>) => applyFilters(views, { ...none, ...o }).map((v) => `${v.validity.state}:${v.validity.daysLeft}`);
  it.each<[Partial<StatusViewOptions>, string[]]>([
    [{}, ['grace:-5', 'active:6', 'active:63', 'recycled:-52']],
    [{ expiringWithin: 6 }, ['grace:-5', 'active:6']],
    [{ expiringWithin: 5 }, ['grace:-5']],
    [{ states: ['recycled', 'grace'] }, ['grace:-5', 'recycled:-52']],
    [{ label: 'ACME' }, ['grace:-5', 'active:63']],
    [{ label: 'hk', expiringWithin: 100 }, ['grace:-5']],
  ])('%j', (options, expected) => {
    expect(states(options)).toEqual(expected);
  });
});
