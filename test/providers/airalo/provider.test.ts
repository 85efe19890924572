// The airalo provider against the stateful stand-in: what a reseller sees (lines, status, plans, a renewal),
// exactly once without idempotency at Airalo (a lost answer after commit, a stall, a 429 storm), tokens
// refreshed on 401, and no request that departs from Airalo's spec.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountError } from '../../../src/providers/account-error.js';
import { ProviderError } from '../../../src/providers/port.js';
import { openAgainst, type Opened } from './open.js';
import { SimTimer } from './sim-timer.js';
import { startStandIn, type StandIn } from './stand-in/server.js';

let timer: SimTimer;
let standIn: StandIn;
let opened: Opened;
const usd = (minor: number) => ({ minor, currency: 'USD' });
const ICCID = (n: number) => `89103${String(n).padStart(14, '0')}`;

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    const inner = error instanceof AccountError ? error.inner : error;
    if (inner instanceof ProviderError) return inner;
    throw error;
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  timer = new SimTimer();
  standIn = await startStandIn({ now: timer.wall });
  opened = await openAgainst(standIn, timer);
});
afterEach(async () => {
  await opened.close();
  await standIn.close();
  expect(standIn.violations).toEqual([]);
});

describe('airalo provider: reading', () => {
  it('lists every eSIM across pages', async () => {
    standIn.state.sims.push(...Array.from({ length: 200 }, (_, i) => ({ ...standIn.state.sims[0]!, iccid: ICCID(1_000 + i), history: [] })));
    const lines = await opened.provider.listLines();
    expect(lines).toHaveLength(206);
    expect(lines[0]).toEqual({ id: ICCID(1), number: null, iccid: ICCID(1), alias: 'Bonbon Mobile-3 GB - 30 Days' });
    expect(standIn.requests.filter((r) => r.path === '/v2/sims').length).toBe(3);
  });

  it('reads expiry as UTC, FINISHED as used up but valid, RECYCLED as recycled, unlimited as unlimited', async () => {
    const active = await opened.provider.lineStatus(ICCID(1));
    const expected = standIn.state.sims[0]!.expiresAtMs!;
    expect(active.expiresAt).toBe(new Date(expected).toISOString().replace(/\.\d{3}Z$/, '+00:00'));
    expect(active).toMatchObject({ flag: null, data: { remainingMb: 767, totalMb: 2048, unlimited: false }, balance: null, defaultMethod: 'partner-balance' });
    expect(active.rules).toMatchObject({ currency: 'USD', graceDays: 90 });
    const finished = await opened.provider.lineStatus(ICCID(2));
    expect(finished).toMatchObject({ flag: null, data: { remainingMb: 0 } });
    expect(finished.expiresAt).not.toBeNull();
    expect(await opened.provider.lineStatus(ICCID(3))).toMatchObject({ flag: 'recycled', expiresAt: null, data: null });
    expect((await opened.provider.lineStatus(ICCID(4))).data).toEqual({ remainingMb: 0, totalMb: 0, unlimited: true });
  });

  it('offers the eligible top-up packages as plans, in dollars; none for an eSIM that cannot top up', async () => {
    const plans = await opened.provider.plans(ICCID(1));
    expect(plans.map((p) => [p.id, p.price, p.validityDays])).toEqual([
      ['bonbon-mobile-30days-3gb-topup', usd(1_000), 30],
      ['bonbon-mobile-30days-5gb-topup', usd(1_400), 30],
      ['bonbon-mobile-30days-10gb-topup', usd(2_300), 30],
    ]);
    expect(await opened.provider.plans(ICCID(5))).toEqual([]);
    expect(await opened.provider.paymentMethods(ICCID(1))).toEqual([{ id: 'partner-balance', name: 'Airalo partner balance' }]);
  });

  it('names an unknown eSIM', async () => {
    expect(await failure(opened.provider.lineStatus('8900000000000000000'))).toMatchObject({ kind: 'invalid-request', code: 'line_not_found' });
  });

  it('gets a new token when Airalo rejects the cached one, and keeps the cache 0600', async () => {
    await opened.provider.lineStatus(ICCID(1));
    standIn.expireTokens();
    await opened.provider.lineStatus(ICCID(1));
    expect(standIn.tokenRequests).toBe(2);
    const cache = standIn.requests.length > 0 ? join(opened.home, 'cache') : '';
    const { readdirSync } = await import('node:fs');
    const [file] = readdirSync(cache);
    expect(statSync(join(cache, file!)).mode & 0o777).toBe(0o600);
  });
});

describe('airalo provider: paying exactly once', () => {
  const renew = (key: string, planId = 'bonbon-mobile-30days-3gb-topup', lineId = ICCID(1)) => ({ lineId, methodId: 'partner-balance', idempotencyKey: key, planId });

  it('renews onto a package: charged once, validity extended, the same key replays without buying again', async () => {
    const before = standIn.state.sims[0]!.expiresAtMs!;
    const order = await opened.provider.renew(renew('k1'));
    expect(order).toMatchObject({ status: 'succeeded', kind: 'renew', amount: usd(1_000), lineId: ICCID(1), idempotencyKey: 'k1' });
    expect(order.providerRef).toMatch(/^\d{8}-\d{6}$/);
    expect(standIn.state.sims[0]!.expiresAtMs).toBe(before + 30 * 86_400_000);
    const again = await opened.provider.renew(renew('k1'));
    expect(again.providerRef).toBe(order.providerRef);
    expect(standIn.state.orders).toHaveLength(1);
    expect(standIn.state.orders[0]!.description).toBe('leb:k1');
    expect(await opened.provider.findOrder(ICCID(1), 'k1')).toMatchObject({ status: 'succeeded', providerRef: order.providerRef });
    expect(await failure(opened.provider.renew(renew('k1', 'bonbon-mobile-30days-5gb-topup')))).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('tops up by the price of a package, and names the prices when no package costs that much', async () => {
    const order = await opened.provider.topup({ lineId: ICCID(1), methodId: 'partner-balance', idempotencyKey: 't1', amount: usd(1_400) });
    expect(order).toMatchObject({ kind: 'topup', amount: usd(1_400), status: 'succeeded' });
    expect(await failure(opened.provider.topup({ lineId: ICCID(1), methodId: 'partner-balance', idempotencyKey: 't2', amount: usd(1_500) }))).toMatchObject({
      kind: 'invalid-request',
      code: 'amount_not_a_package',
    });
    expect(await failure(opened.provider.renew(renew('t3', 'bonbon-mobile-30days-3gb-topup', ICCID(5))))).toMatchObject({ kind: 'invalid-request', code: 'no_topups' });
  });

  it('a lost answer after commit is settled through the package history: succeeded, charged once', async () => {
    standIn.faults.lostAfterCommit = 1;
    const order = await opened.provider.renew(renew('lost'));
    expect(order).toMatchObject({ status: 'succeeded', amount: usd(1_000) });
    expect(standIn.state.orders).toHaveLength(1);
    const again = await opened.provider.renew(renew('lost'));
    expect(again.providerRef).toBe(order.providerRef);
    expect(standIn.state.orders).toHaveLength(1);
  });

  it('a stall is unknown, stays unknown while too recent to tell, then is found never applied and sent once', async () => {
    await opened.close();
    opened = await openAgainst(standIn, timer, { timeoutMs: 400, budgetOnSimTime: true });
    await opened.provider.lineStatus(ICCID(1));
    standIn.faults.stall = { count: 1, operationId: 'postV2OrdersTopups' };
    expect(await failure(opened.provider.renew(renew('stall')))).toMatchObject({ kind: 'unknown-outcome' });
    const home = opened.home;
    // A later run (a new budget) on the same LEB_HOME.
    const later = await openAgainst(standIn, timer, { home });
    try {
      expect(await failure(later.provider.findOrder(ICCID(1), 'stall'))).toMatchObject({ kind: 'unknown-outcome', code: 'order_not_settled_yet' });
      timer.advance(121_000);
      expect(await later.provider.findOrder(ICCID(1), 'stall')).toBeNull();
      expect(await later.provider.renew(renew('stall'))).toMatchObject({ status: 'succeeded' });
      expect(standIn.state.orders).toHaveLength(1);
    } finally {
      await later.close();
    }
  });

  it('rides out a storm of 429s with Retry-After, for reads and for a top-up, without buying twice', async () => {
    standIn.faults.storm = { count: 2, retryAfterSeconds: 2 };
    const started = timer.now();
    await opened.provider.lineStatus(ICCID(1));
    expect(timer.now() - started).toBeGreaterThanOrEqual(4_000);
    standIn.faults.storm = { count: 2, retryAfterSeconds: 1 };
    expect(await opened.provider.renew(renew('storm'))).toMatchObject({ status: 'succeeded' });
    expect(standIn.state.orders).toHaveLength(1);
  });

  it('each documented test package forces its failure, recorded and replayed for the same key', async () => {
    const cases: [string, string, string][] = [
      ['test-insufficient-balance-7days-1gb', 'refused', 'insufficient_credit'],
      ['test-maintenance-mode-7days-1gb', 'unreachable', 'operator_maintenance'],
      ['test-disabled-top-up-7days-1gb', 'refused', 'topup_disabled'],
      ['test-not-enough-7days-1gb', 'refused', 'esim_out_of_stock'],
      ['test-out-of-stock-7days-1gb', 'refused', 'package_unavailable'],
    ];
    for (const [plan, kind, code] of cases) {
      expect(await failure(opened.provider.renew(renew(`f-${plan}`, plan, ICCID(6))))).toMatchObject({ kind, code });
    }
    expect(await failure(opened.provider.renew(renew('f-test-insufficient-balance-7days-1gb', 'test-insufficient-balance-7days-1gb', ICCID(6))))).toMatchObject({
      kind: 'refused',
      code: 'insufficient_credit',
    });
    expect(await opened.provider.findOrder(ICCID(6), 'f-test-disabled-top-up-7days-1gb')).toMatchObject({ status: 'failed', reason: 'topup_disabled' });
    expect(standIn.state.orders).toHaveLength(0);
  });

  it('a recycled eSIM is refused with code 73; the IP allow-list is an auth failure', async () => {
    expect(await failure(opened.provider.plans(ICCID(3)))).toMatchObject({ kind: 'refused', code: 'line_recycled' });
    standIn.faults.forbidden = true;
    expect(await failure(opened.provider.lineStatus(ICCID(1)))).toMatchObject({ kind: 'auth', code: 'ip_not_allowed' });
  });

  it('a wrong secret is an auth failure', async () => {
    // openAgainst makes (and on close removes) a home of its own.
    const wrong = await openAgainst(standIn, timer, { secret: 'nope' });
    try {
      expect(await failure(wrong.provider.listLines())).toMatchObject({ kind: 'auth', code: 'credentials_rejected' });
    } finally {
      await wrong.close();
    }
  });
});
