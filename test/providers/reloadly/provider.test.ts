// The reloadly provider against the stand-in: lines are tracked lines whose validity leb estimates with the
// carrier's rule; amounts follow the operator; a top-up is charged once however its answer is lost; every
// request leb sends conforms to Reloadly's published document.

import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/port.js';
import { CMHK_LINE, GIFFGAFF_LINE, openAgainst, type Opened } from './open.js';
import { startStandIn, type StandIn } from './stand-in/server.js';

const NOW = new Date('2026-12-02T04:00:00Z');
const hkd = (minor: number) => ({ minor, currency: 'HKD' });
const usd = (minor: number) => ({ minor, currency: 'USD' });

let standIn: StandIn;
let opened: Opened;
afterEach(async () => {
  await opened?.close();
  await standIn?.close();
  expect(standIn.violations).toEqual([]);
});

async function setUp(options: { stringly?: boolean } = {}): Promise<Opened> {
  standIn = await startStandIn({ now: () => NOW.getTime(), ...options });
  opened = await openAgainst(standIn, { now: () => NOW, lines: [CMHK_LINE, GIFFGAFF_LINE] });
  return opened;
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

const topupCmhk = (key: string, amount = hkd(5_000)) => opened.provider.topup({ lineId: CMHK_LINE.id, amount, methodId: 'wallet', idempotencyKey: key });
const posts = () => standIn.topupPosts;

describe('reloadly lines', () => {
  it("status is the carrier rule on what was confirmed, with amounts in the operator's terms", async () => {
    const { provider } = await setUp();
    const cmhk = await provider.lineStatus(CMHK_LINE.id);
    expect(cmhk).toMatchObject({ number: '+85291234567', expiresAt: '2026-12-20T23:59:59+08:00', validitySource: 'confirmed', defaultMethod: 'wallet' });
    expect(cmhk.rules).toMatchObject({ currency: 'HKD', minTopupMinor: 5_000, maxTopupMinor: 100_000, rechargeTable: [{ minAmountMinor: 5_000, validityDays: 180 }] });
    const giffgaff = await provider.lineStatus(GIFFGAFF_LINE.id);
    expect(giffgaff.rules).toMatchObject({ currency: 'USD', fixedAmountsMinor: [1_270, 1_905, 2_540] });
    expect(await provider.plans(CMHK_LINE.id)).toEqual([{ id: 'topup-5000', name: 'top-up → 180 days', price: hkd(5_000), validityDays: 180 }]);
    expect(await provider.accountBalance()).toEqual(usd(50_000));
    expect(await provider.topupSides(CMHK_LINE.id, hkd(5_000))).toEqual({ delivered: hkd(5_000), charged: usd(652) });
    // One operator read per operator, one token for the run.
    expect(standIn.requests.filter((r) => r.path.startsWith('/operators/')).length).toBe(2);
    expect(standIn.tokenRequests).toBe(1);
  });

  it.each([false, true])('tops up once and moves the estimated expiry by the carrier rule (answers as strings: %s)', async (stringly) => {
    const { provider, store } = await setUp({ stringly });
    const order = await topupCmhk('leb-k1');
    expect(order).toMatchObject({ status: 'succeeded', amount: hkd(5_000), idempotencyKey: 'leb-k1', providerRef: '4600001/OP-4600001' });
    expect(standIn.charges().map((t) => t.customIdentifier)).toEqual(['leb-k1']);
    expect(standIn.state.walletCents).toBe(50_000 - 652);
    // 2026-12-02 in Hong Kong + 180 days, past the confirmed 2026-12-20.
    expect(store.read().find((l) => l.id === CMHK_LINE.id)).toMatchObject({ expiresOn: '2027-05-31', validitySource: 'estimated', estimatedFrom: '2026-12-02' });
    expect((await provider.lineStatus(CMHK_LINE.id)).validitySource).toBe('estimated');
  });

  it('a FIXED operator takes exactly its amounts, refused before anything is sent otherwise', async () => {
    const { provider, store } = await setUp();
    const refused = await failure(provider.topup({ lineId: GIFFGAFF_LINE.id, amount: usd(1_900), methodId: 'wallet', idempotencyKey: 'g1' }));
    expect(refused.kind).toBe('invalid-request');
    expect(posts()).toBe(0);
    const order = await provider.topup({ lineId: GIFFGAFF_LINE.id, amount: usd(1_270), methodId: 'wallet', idempotencyKey: 'g2' });
    expect(order).toMatchObject({ status: 'succeeded', amount: usd(1_270) });
    // Buying credit is a chargeable event for giffgaff: the six months start again today.
    expect(store.read().find((l) => l.id === GIFFGAFF_LINE.id)).toMatchObject({ lastActivityOn: '2026-12-02', validitySource: 'estimated' });
  });
});

describe('reloadly exactly once', () => {
  it('an answer lost after the charge is settled by looking the identifier up, never by paying again', async () => {
    await setUp();
    standIn.faults.lostAfterCommit = 1;
    expect(await topupCmhk('lost-1')).toMatchObject({ status: 'succeeded', idempotencyKey: 'lost-1' });
    expect(posts()).toBe(1);
    expect(standIn.charges()).toHaveLength(1);
  });

  it('a 500 is unclear: unknown until the lookup finds it; a resend with the same key then pays once', async () => {
    await setUp();
    standIn.faults.error500 = 1;
    const unclear = await failure(topupCmhk('err-1'));
    expect(unclear.kind).toBe('unknown-outcome');
    expect(await opened.provider.findOrder(CMHK_LINE.id, 'err-1')).toBeNull();
    expect(await topupCmhk('err-1')).toMatchObject({ status: 'succeeded' });
    // The same key again (a rerun) is refused by Reloadly as a reused identifier and found by the lookup.
    expect(await topupCmhk('err-1')).toMatchObject({ status: 'succeeded' });
    expect(standIn.charges()).toHaveLength(1);
  });

  it('PROCESSING is pending, then settled through the status endpoint; REFUNDED is failed with the money back', async () => {
    const { store } = await setUp();
    standIn.faults.processing = { count: 1, polls: 2, settlesTo: 'SUCCESSFUL' };
    expect(await topupCmhk('slow-1')).toMatchObject({ status: 'pending' });
    expect(store.read().find((l) => l.id === CMHK_LINE.id)?.validitySource).toBe('confirmed');
    expect(await opened.provider.findOrder(CMHK_LINE.id, 'slow-1')).toMatchObject({ status: 'pending' });
    expect(await opened.provider.findOrder(CMHK_LINE.id, 'slow-1')).toMatchObject({ status: 'succeeded' });
    expect(store.read().find((l) => l.id === CMHK_LINE.id)?.validitySource).toBe('estimated');

    standIn.faults.processing = { count: 1, polls: 1, settlesTo: 'REFUNDED' };
    standIn.state.transactions[0]!.createdAtMs -= 200_000;
    expect(await topupCmhk('slow-2')).toMatchObject({ status: 'pending' });
    const refunded = await opened.provider.findOrder(CMHK_LINE.id, 'slow-2');
    expect(refunded).toMatchObject({ status: 'failed' });
    expect(refunded?.reason).toMatch(/wallet/);
    expect(standIn.state.walletCents).toBe(50_000 - 652);
  });
});

describe('reloadly on a bad network', () => {
  it('429s with Retry-After on reads are waited out (without real sleeps here) and the read succeeds', async () => {
    const { provider } = await setUp();
    await provider.accountBalance();
    standIn.faults.rateLimited = { count: 2, retryAfterSeconds: 1 };
    expect(await provider.accountBalance()).toEqual(usd(50_000));
  });

  it('a stalled top-up is unknown, never resent blindly; the lookup later finds nothing was charged', async () => {
    standIn = await startStandIn({ now: () => NOW.getTime() });
    opened = await openAgainst(standIn, { now: () => NOW, lines: [CMHK_LINE], timeoutMs: 1_500 });
    await opened.provider.accountBalance();
    standIn.faults.stallTopups = 1;
    expect((await failure(topupCmhk('stall-1'))).kind).toBe('unknown-outcome');
    expect(standIn.topupPosts).toBe(1);
    expect(standIn.charges()).toHaveLength(0);
  });
});

describe("reloadly's refusals", () => {
  it('a second recharge within minutes is a refusal that says when to try again', async () => {
    await setUp();
    await topupCmhk('r1');
    const refused = await failure(topupCmhk('r2'));
    expect(refused).toMatchObject({ kind: 'refused', code: 'recently_recharged', reason: { code: 'recently-recharged', seconds: 120 } });
  });

  it('a wallet too low is a refusal naming the wallet', async () => {
    await setUp();
    standIn.state.walletCents = 100;
    expect(await failure(topupCmhk('w1'))).toMatchObject({ kind: 'refused', reason: { code: 'wallet-too-low' } });
  });

  it('a number that moved to another operator is detected again, and a top-up its carrier does not fit stops', async () => {
    const { store } = await setUp();
    standIn.state.operators.set(3303, { ...standIn.state.operators.get(1101)!, id: 3303, name: 'SmarTone Hong Kong' });
    standIn.state.numbers.set('85291234567', 3303);
    expect(await failure(topupCmhk('m1'))).toMatchObject({ kind: 'refused', reason: { code: 'operator-changed', now: 'SmarTone Hong Kong', carrier: 'cmhk-prepaid' } });
    expect(posts()).toBe(0);
    expect(store.read().find((l) => l.id === CMHK_LINE.id)?.operator).toMatchObject({ id: '3303', name: 'SmarTone Hong Kong' });
  });

  it('a refused token brings one new token, once', async () => {
    const { provider } = await setUp();
    await provider.accountBalance();
    standIn.expireTokens();
    expect(await provider.accountBalance()).toEqual(usd(50_000));
    expect(standIn.tokenRequests).toBe(2);
  });
});
