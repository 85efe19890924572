// Airalo's own published examples, served by the stand-in exactly as the spec prints them, through the real
// provider: every success example is read, and every failure example ends in its documented kind and code.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountError } from '../../../src/providers/account-error.js';
import { ProviderError } from '../../../src/providers/port.js';
import { openAgainst, type Opened } from './open.js';
import { SimTimer } from './sim-timer.js';
import { specExample } from './stand-in/spec.js';
import { startStandIn, type StandIn } from './stand-in/server.js';

let timer: SimTimer;
let standIn: StandIn;
let opened: Opened;
const ICCID = '8910300000000000001';

beforeEach(async () => {
  timer = new SimTimer();
  standIn = await startStandIn({ now: timer.wall });
  opened = await openAgainst(standIn, timer);
  await opened.provider.listLines();
});
afterEach(async () => {
  await opened.close();
  await standIn.close();
  expect(standIn.violations).toEqual([]);
});

/** Answer the next request of the operation with the spec's example (Airalo files them all under 200). */
function serve(operationId: string, status: number, example: string): void {
  standIn.faults.answer = { operationId, status, body: specExample(operationId, '200', example) };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  const inner = error instanceof AccountError ? error.inner : error;
  if (!(inner instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return inner;
}

const renew = (key: string, planId = 'bonbon-mobile-30days-3gb-topup') => ({ lineId: ICCID, methodId: 'partner-balance', idempotencyKey: key, planId });

describe("Airalo's published examples through the provider", () => {
  it('usage: the recycled example is a recycled line with no expiry and no data', async () => {
    serve('getV2SimsBySimIccidUsage', 200, 'Success');
    expect(await opened.provider.lineStatus(ICCID)).toMatchObject({ flag: 'recycled', expiresAt: null, data: null });
  });

  it('usage: the first example is a string holding a commented object, not an object: an answer leb cannot read (exit 5)', async () => {
    serve('getV2SimsBySimIccidUsage', 200, 'Get Usage: 200');
    expect(await failure(opened.provider.lineStatus(ICCID))).toMatchObject({ kind: 'bad-response' });
  });

  it('usage: the 404 example names the line', async () => {
    serve('getV2SimsBySimIccidUsage', 404, 'Get Usage: 404 (Invalid ICCID)');
    expect(await failure(opened.provider.lineStatus(ICCID))).toMatchObject({ kind: 'invalid-request', code: 'line_not_found' });
  });

  it('top-ups: net and discount pricing examples become plans in dollars; the empty example is no plans', async () => {
    serve('getV2SimsByIccidTopups', 200, 'eSIM: List available top-up packages: 200 OK');
    const plans = await opened.provider.plans(ICCID);
    expect(plans.map((p) => [p.id, p.price.minor, p.validityDays])).toEqual([
      ['bonbon-mobile-30days-3gb-topup', 1_000, 30],
      ['bonbon-mobile-30days-5gb-topup', 1_400, 30],
      ['bonbon-mobile-30days-10gb-topup', 2_300, 30],
    ]);
    await opened.close();
    opened = await openAgainst(standIn, timer);
    serve('getV2SimsByIccidTopups', 200, 'Success');
    expect(await opened.provider.plans(ICCID)).toHaveLength(3);
    await opened.close();
    opened = await openAgainst(standIn, timer);
    serve('getV2SimsByIccidTopups', 200, 'eSIM: List available top-up packages: 200 (No top-up packages available)');
    expect(await opened.provider.plans(ICCID)).toEqual([]);
  });

  it('top-ups: the recycled example (code 73) is a refusal', async () => {
    serve('getV2SimsByIccidTopups', 200, 'Recycled Sim Response');
    expect(await failure(opened.provider.plans(ICCID))).toMatchObject({ kind: 'bad-response' });
    await opened.close();
    opened = await openAgainst(standIn, timer);
    serve('getV2SimsByIccidTopups', 422, 'Recycled Sim Response');
    expect(await failure(opened.provider.plans(ICCID))).toMatchObject({ kind: 'refused', code: 'line_recycled' });
  });

  it("order: the 200 example (a decimal price) is a succeeded order with Airalo's code as the receipt", async () => {
    serve('postV2OrdersTopups', 200, 'Submit Top-up Order: 200 OK');
    const order = await opened.provider.renew(renew('ex-ok'));
    expect(order).toMatchObject({ status: 'succeeded', providerRef: '20251118-000111', amount: { minor: 450, currency: 'USD' }, createdAt: '2025-11-18T13:37:07+00:00' });
  });

  it.each([
    ['Submit Top-up Order: 422 (Purchase limit exceeded)', 'refused', 'purchase_limit'],
    ['Submit Top-up Order: 422 (Required fields are missing)', 'invalid-request', 'line_not_found'],
    ['Submit Top-up Order: 422 (Invalid package id)', 'invalid-request', 'plan_not_found'],
    ['Example 1', 'refused', 'line_recycled'],
  ])('order: the 422 example "%s" is %s %s, and nothing is recorded as bought', async (example, kind, code) => {
    serve('postV2OrdersTopups', 422, example);
    expect(await failure(opened.provider.renew(renew(`ex-${code}`)))).toMatchObject({ kind, code });
    expect(standIn.state.orders).toHaveLength(0);
  });

  it('token: the 401 and 422 examples are authentication failures', async () => {
    await opened.close();
    opened = await openAgainst(standIn, timer);
    serve('postV2Token', 401, 'Request Access Token (401)');
    expect(await failure(opened.provider.listLines())).toMatchObject({ kind: 'auth', code: 'credentials_rejected' });
    await opened.close();
    opened = await openAgainst(standIn, timer);
    serve('postV2Token', 422, 'Request Access Token (422)');
    expect(await failure(opened.provider.listLines())).toMatchObject({ kind: 'auth', code: 'client_id_unknown' });
  });

  it('429: the rate-limit example is waited out and the renewal goes through once', async () => {
    serve('getV2SimsByIccidPackages', 429, 'eSIM: List purchased top-up packages (history): 429 (Rate Limit)');
    expect(await opened.provider.renew(renew('ex-429'))).toMatchObject({ status: 'succeeded' });
    expect(standIn.state.orders).toHaveLength(1);
  });
});
