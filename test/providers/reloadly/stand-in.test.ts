// The stand-in itself: it must judge requests by Reloadly's published document and keep its account honestly,
// or the provider tests built on it prove nothing.

import { afterEach, describe, expect, it } from 'vitest';
import { ACCEPT, CLIENT_ID, CLIENT_SECRET, judge, startStandIn, type StandIn } from './stand-in/server.js';

let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of the stand-in, read field by field in assertions
async function call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${standIn!.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

async function login(): Promise<string> {
  const { json } = await call('POST', '/oauth/token', { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials', audience: standIn!.url });
  return String(json.access_token);
}

const base = { query: new URLSearchParams(), headers: { authorization: 'Bearer x' }, contentType: null, fields: null };

describe('the Reloadly stand-in', () => {
  it('reads the published document: its operations and its own examples', () => {
    expect(judge.example('airtime/top-ups', '200')).toMatchObject({ status: 'SUCCESSFUL', requestedAmount: 3168.4 });
    expect(judge.example('airtime/top-ups', '400')).toMatchObject({ errorCode: 'INVALID_RECIPIENT_PHONE' });
    expect(judge.violations({ ...base, method: 'GET', path: '/nothing' })[0]).toMatch(/no such operation/);
    expect(judge.violations({ ...base, method: 'GET', path: '/operators/auto-detect/phone/85291234567/countries/HK', headers: {} })).toContain('header Authorization: required');
  });

  it('judges top-up bodies by the declared schema, with decimals allowed for the amount only', () => {
    const topup = { ...base, method: 'POST', path: '/topups', contentType: 'application/json' };
    const good = { operatorId: 1, amount: 6.52, useLocalAmount: false, customIdentifier: 'k', recipientPhone: { countryCode: 'HK', number: '85291234567' } };
    expect(judge.violations({ ...topup, fields: good })).toEqual([]);
    expect(judge.violations({ ...topup, fields: { ...good, recipientPhone: { countryCode: 'HK', number: 85291234567 } } })).toEqual(['recipientPhone.number: expected string, got integer']);
    expect(judge.violations({ ...topup, fields: { ...good, operatorId: '1' } })).toEqual(['operatorId: expected integer, got string']);
  });

  it('charges a top-up once per customIdentifier and refuses the same number again within minutes', async () => {
    let now = Date.UTC(2026, 11, 1);
    standIn = await startStandIn({ now: () => now });
    const token = await login();
    const body = { operatorId: 1101, amount: 50, useLocalAmount: true, customIdentifier: 'leb-1', recipientPhone: { countryCode: 'HK', number: '85291234567' } };
    const first = await call('POST', '/topups', body, token);
    expect(first).toMatchObject({ status: 200, json: { status: 'SUCCESSFUL', deliveredAmount: 50, deliveredAmountCurrencyCode: 'HKD', requestedAmount: 6.52 } });
    expect((await call('POST', '/topups', body, token)).json.errorCode).toBe('DUPLICATED_CUSTOM_IDENTIFIER');
    expect((await call('POST', '/topups', { ...body, customIdentifier: 'leb-2' }, token)).json.errorCode).toBe('PHONE_RECENTLY_RECHARGED');
    now += 121_000;
    expect((await call('POST', '/topups', { ...body, customIdentifier: 'leb-2' }, token)).status).toBe(200);
    expect(standIn.charges().map((t) => t.customIdentifier)).toEqual(['leb-1', 'leb-2']);
    expect(standIn.state.walletCents).toBe(50_000 - 652 - 652);
    expect(standIn.violations).toEqual([]);
  });

  it('refuses requests without the versioned Accept header or a valid token', async () => {
    standIn = await startStandIn();
    expect((await call('GET', '/accounts/balance')).status).toBe(401);
    const token = await login();
    const res = await fetch(`${standIn.url}/accounts/balance`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(400);
    expect(standIn.violations[0]).toMatch(/Accept/);
  });
});
