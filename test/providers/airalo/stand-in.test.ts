// The stand-in itself: it must judge requests by the spec and keep Airalo's limits, or every test built on it
// proves nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { specExample, specViolations } from './stand-in/spec.js';
import { CLIENT_ID, CLIENT_SECRET, startStandIn, type StandIn } from './stand-in/server.js';

let standIn: StandIn;
let clock = 1_767_225_600_000;

beforeEach(async () => {
  standIn = await startStandIn({ now: () => clock });
});
afterEach(async () => {
  await standIn.close();
});

const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

async function token(): Promise<string> {
  const res = await fetch(`${standIn.url}/v2/token`, form({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' }));
  return ((await res.json()) as { data: { access_token: string } }).data.access_token;
}

describe('the Airalo stand-in', () => {
  it('reads the published examples', () => {
    expect(specExample('getV2SimsByIccidTopups', '200', 'Recycled Sim Response')).toMatchObject({ code: 73 });
    expect(specExample('postV2Token', '200', 'Request Access Token (200)')).toMatchObject({ data: { token_type: 'Bearer' } });
  });

  it('flags requests the spec does not allow: unknown path, missing Accept, missing field, JSON where a form is due', () => {
    const base = { query: new URLSearchParams(), headers: { accept: 'application/json', authorization: 'Bearer x' }, contentType: null, fields: null };
    expect(specViolations({ ...base, method: 'GET', path: '/v2/nothing' })[0]).toMatch(/no such operation/);
    expect(specViolations({ ...base, method: 'GET', path: '/v2/sims', headers: { authorization: 'Bearer x' } })).toContain('header Accept: required');
    expect(specViolations({ ...base, method: 'GET', path: '/v2/sims', query: new URLSearchParams({ cursor: 'x' }) })).toContain('query cursor: not declared');
    const order = { ...base, method: 'POST', path: '/v2/orders/topups', contentType: 'multipart/form-data', fields: { iccid: '1', package_id: 'p' } };
    expect(specViolations(order)).toEqual(['description: required']);
    expect(specViolations({ ...order, contentType: 'application/json', fields: { iccid: '1', package_id: 'p', description: 'd' } })[0]).toMatch(/takes multipart\/form-data/);
    expect(specViolations({ ...order, fields: { iccid: '1', package_id: 'p', description: 'd' } })).toEqual([]);
  });

  it('answers 400 to an off-spec request and records it', async () => {
    const res = await fetch(`${standIn.url}/v2/sims`, { headers: { authorization: 'Bearer x' } });
    expect(res.status).toBe(400);
    // fetch sends "Accept: */*": present, but not the JSON the spec asks for.
    expect(standIn.violations).toEqual(['GET /v2/sims: header Accept: must accept application/json']);
  });

  it('keeps the token limit of 3 a minute on its own clock', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await fetch(`${standIn.url}/v2/token`, form({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' }))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    clock += 60_001;
    expect((await fetch(`${standIn.url}/v2/token`, form({ client_id: CLIENT_ID, client_secret: 'wrong', grant_type: 'client_credentials' }))).status).toBe(401);
    expect(standIn.limitHits).toBe(1);
  });

  it('commits a top-up, then can lose the answer; the charge stays', async () => {
    const bearer = await token();
    const iccid = standIn.state.sims[0]!.iccid;
    const body = new FormData();
    body.set('package_id', 'bonbon-mobile-30days-3gb-topup');
    body.set('iccid', iccid);
    body.set('description', 'leb:key-1');
    const headers = { accept: 'application/json', authorization: `Bearer ${bearer}` };
    const ok = await fetch(`${standIn.url}/v2/orders/topups`, { method: 'POST', headers, body });
    expect(ok.status).toBe(200);
    standIn.faults.lostAfterCommit = 1;
    await expect(fetch(`${standIn.url}/v2/orders/topups`, { method: 'POST', headers, body })).rejects.toThrow();
    expect(standIn.state.orders.map((o) => o.description)).toEqual(['leb:key-1', 'leb:key-1']);
    expect(standIn.state.balanceCents).toBe(100_000 - 2_000);
    expect(standIn.violations).toEqual([]);
  });
});
