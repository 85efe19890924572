// Text from a provider (issue 10): control sequences in an alias, a plan or method name or a problem detail
// never reach the terminal; they are escaped visibly, and very long values are shortened.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent, type Interceptable } from 'undici';
import { ProviderError } from '../../../src/providers/port.js';
import { buildHttpProvider, type Built } from './build.js';

const ORIGIN = 'https://carrier.test';
const LINE = 'ln_abc123';
const JSON_HEADERS = { headers: { 'content-type': 'application/json' } };
const rules = {
  currency: 'HKD', graceDays: 30, rechargeTable: [{ minAmount: '50.00', validityDays: 90 }],
  minTopup: { amount: '10.00', currency: 'HKD' }, maxTopup: { amount: '2000.00', currency: 'HKD' },
};

describe('provider text', () => {
  let mock: MockAgent;
  let pool: Interceptable;
  let built: Built;
  beforeEach(() => {
    mock = new MockAgent();
    mock.disableNetConnect();
    pool = mock.get(ORIGIN);
    built = buildHttpProvider({ dispatcher: mock, endpoint: ORIGIN, tokens: { accessToken: 'at', refreshToken: null, expiresAt: null }, timeoutMs: 3_000 });
  });
  afterEach(async () => {
    await mock.close();
  });

  it('an alias that clears the screen and retitles the window arrives escaped, and a huge one shortened', async () => {
    pool.intercept({ path: `/v1/lines/${LINE}`, method: 'GET' }).reply(200, {
      id: LINE, number: null, iccid: null, alias: '\u001b[2J\u001b]0;pwned\u0007Work', expiresAt: '2027-01-24T23:59:59+08:00', flag: null,
      balance: null, data: null, plan: null, rules, defaultMethod: 'card',
    }, JSON_HEADERS);
    const status = await built.provider.lineStatus(LINE);
    expect(status.alias).toBe('\\x1b[2J\\x1b]0;pwned\\x07Work');

    pool.intercept({ path: `/v1/lines/${LINE}/payment-methods`, method: 'GET' }).reply(200, { methods: [{ id: 'card', name: `\u001b[8m${'x'.repeat(5_000)}` }] }, JSON_HEADERS);
    const [method] = await built.provider.paymentMethods(LINE);
    expect(method?.name.startsWith('\\x1b[8m')).toBe(true);
    expect([...(method?.name ?? '')].length).toBe(80);
  });

  it('a problem detail with escape sequences is escaped and bounded', async () => {
    pool.intercept({ path: `/v1/lines/${LINE}`, method: 'GET' }).reply(404, {
      type: 'urn:leb:problem:line_not_found', title: 'x', status: 404, code: 'line_not_found', detail: `\u001b[31mgone${'!'.repeat(1_000)}`,
    }, { headers: { 'content-type': 'application/problem+json' } });
    const error = await built.provider.lineStatus(LINE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    const reason = (error as ProviderError).reason;
    expect(reason.code).toBe('said');
    const detail = reason.code === 'said' ? reason.detail : '';
    expect(detail.startsWith('\\x1b[31mgone')).toBe(true);
    expect([...detail].length).toBe(300);
  });
});
