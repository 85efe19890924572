// The provider contract: what every Provider must do, as one suite registered once per implementation (the
// embedded sandbox on its state file, and the http provider talking to `leb sandbox serve`). Two providers that
// pass it are interchangeable for every command.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, writtenDate } from '../../src/domain/dates.js';
import { isIsoWithOffset } from '../../src/domain/dates.js';
import { today } from '../../src/domain/validity.js';
import { AccountError } from '../../src/providers/account-error.js';
import type { LineRef, Provider } from '../../src/providers/port.js';

/** Noon in Hong Kong (the sandbox carrier's zone) on 2026-11-22. */
export const CONTRACT_NOW = new Date('2026-11-22T04:00:00Z');
const HK = 'Asia/Hong_Kong';
const DAY_MS = 86_400_000;

export interface ContractSubject {
  provider: Provider;
  cleanup(): Promise<void>;
}

/** `open` gets the carrier's clock, which the suite moves forward to let numbers lapse. */
export type OpenSubject = (clock: () => Date) => Promise<ContractSubject>;

const hkd = (minor: number) => ({ minor, currency: 'HKD' });

/** The ProviderError a call fails with, whether or not openProvider tagged it with the account. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error instanceof AccountError ? error.inner : error;
  }
  throw new Error('expected the call to fail');
}

export function providerContract(name: string, open: OpenSubject): void {
  describe(`provider contract: ${name}`, () => {
    let now: Date;
    let subject: ContractSubject;
    let provider: Provider;
    let keyCounter = 0;
    const key = () => `contract-${name.replace(/\W+/g, '-')}-${++keyCounter}`;

    beforeEach(async () => {
      now = CONTRACT_NOW;
      subject = await open(() => now);
      provider = subject.provider;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    async function line(alias: string): Promise<LineRef> {
      const found = (await provider.listLines()).find((l) => l.alias === alias);
      if (!found) throw new Error(`no demo line "${alias}"`);
      return found;
    }

    it('lists the demo lines, each with an id and a number or ICCID', async () => {
      const lines = await provider.listLines();
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
      for (const l of lines) expect(l.number ?? l.iccid).toBeTruthy();
      expect(lines.map((l) => l.alias)).toEqual(expect.arrayContaining(['Personal', 'Work backup', 'Old Shenzhen SIM']));
    });

    it('reports a line\'s status: expiry with offset, money in minor units, the keep-number rules', async () => {
      const personal = await line('Personal');
      const status = await provider.lineStatus(personal.id);
      expect(status.id).toBe(personal.id);
      expect(status.number).toBe(personal.number);
      expect(isIsoWithOffset(status.expiresAt ?? '')).toBe(true);
      expect(writtenDate(status.expiresAt as string)).toBe(addDays(today(now, HK), 63));
      expect(status.balance).toEqual(hkd(3_850));
      expect(status.plan).toEqual({ id: 'quarterly', autoRenew: false });
      expect(status.data).toEqual({ remainingMb: 3_072, totalMb: 5_120, unlimited: false });
      expect(status.defaultMethod).toBe('card');
      expect(status.rules.currency).toBe('HKD');
      expect(status.rules.graceDays).toBe(30);
      expect(status.rules.minTopupMinor).toBeLessThan(status.rules.maxTopupMinor);
      const mins = status.rules.rechargeTable.map((t) => t.minAmountMinor);
      expect([...mins].sort((a, b) => a - b)).toEqual(mins);
    });

    it('offers the monthly, quarterly and yearly plans and the sandbox payment methods', async () => {
      const personal = await line('Personal');
      const plans = await provider.plans(personal.id);
      expect(Object.fromEntries(plans.map((p) => [p.id, p.validityDays]))).toEqual({ monthly: 30, quarterly: 90, yearly: 365 });
      for (const plan of plans) expect(plan.price.currency).toBe('HKD');
      const methods = (await provider.paymentMethods(personal.id)).map((m) => m.id);
      expect(methods).toEqual(expect.arrayContaining(['card', 'card-declined', 'alipay', 'wechat', 'paypal']));
    });

    it('tops up by exactly the amount and extends validity per the recharge table', async () => {
      const work = await line('Work backup');
      const before = await provider.lineStatus(work.id);
      const idempotencyKey = key();
      const order = await provider.topup({ lineId: work.id, methodId: 'card', idempotencyKey, amount: hkd(5_000) });
      expect(order).toMatchObject({ idempotencyKey, lineId: work.id, kind: 'topup', status: 'succeeded', amount: hkd(5_000) });
      expect(order.providerRef).toBeTruthy();
      expect(isIsoWithOffset(order.createdAt)).toBe(true);
      const after = await provider.lineStatus(work.id);
      expect(after.balance?.minor).toBe((before.balance?.minor ?? 0) + 5_000);
      expect(writtenDate(after.expiresAt as string)).toBe(addDays(today(now, HK), 90));
    });

    it('replays a payment sent again with the same key instead of charging twice', async () => {
      const work = await line('Work backup');
      const before = await provider.lineStatus(work.id);
      const request = { lineId: work.id, methodId: 'card', idempotencyKey: key(), amount: hkd(2_000) };
      const first = await provider.topup(request);
      const again = await provider.topup(request);
      expect(again.providerRef).toBe(first.providerRef);
      expect((await provider.lineStatus(work.id)).balance?.minor).toBe((before.balance?.minor ?? 0) + 2_000);
      expect(await provider.findOrder(work.id, request.idempotencyKey)).toMatchObject({ providerRef: first.providerRef, status: 'succeeded' });
    });

    it('refuses a key reused for a different payment', async () => {
      const work = await line('Work backup');
      const idempotencyKey = key();
      await provider.topup({ lineId: work.id, methodId: 'card', idempotencyKey, amount: hkd(2_000) });
      expect(await failure(provider.topup({ lineId: work.id, methodId: 'card', idempotencyKey, amount: hkd(3_000) }))).toMatchObject({
        kind: 'invalid-request',
        code: 'idempotency_key_reused',
      });
    });

    it('refuses a declined card, stores the refusal under the key and replays it', async () => {
      const work = await line('Work backup');
      const before = await provider.lineStatus(work.id);
      const request = { lineId: work.id, methodId: 'card-declined', idempotencyKey: key(), amount: hkd(5_000) };
      expect(await failure(provider.topup(request))).toMatchObject({ kind: 'refused', code: 'card_declined' });
      expect(await failure(provider.topup(request))).toMatchObject({ kind: 'refused', code: 'card_declined' });
      expect(await provider.findOrder(work.id, request.idempotencyKey)).toMatchObject({ status: 'failed', kind: 'topup' });
      expect((await provider.lineStatus(work.id)).balance).toEqual(before.balance);
    });

    it('renews from the later of today and the current expiry', async () => {
      const personal = await line('Personal');
      const order = await provider.renew({ lineId: personal.id, methodId: 'alipay', idempotencyKey: key(), planId: 'quarterly' });
      expect(order).toMatchObject({ kind: 'renew', status: 'succeeded', amount: hkd(4_800) });
      expect(writtenDate((await provider.lineStatus(personal.id)).expiresAt as string)).toBe(addDays(today(now, HK), 63 + 90));
      const lapsed = await line('Old Shenzhen SIM');
      await provider.renew({ lineId: lapsed.id, methodId: 'card', idempotencyKey: key(), planId: 'monthly' });
      expect(writtenDate((await provider.lineStatus(lapsed.id)).expiresAt as string)).toBe(addDays(today(now, HK), 30));
    });

    it('rejects an unknown plan, method, line, an amount out of range and a wrong currency', async () => {
      const personal = await line('Personal');
      const base = { lineId: personal.id, methodId: 'card' };
      expect(await failure(provider.renew({ ...base, idempotencyKey: key(), planId: 'weekly' }))).toMatchObject({ kind: 'invalid-request', code: 'plan_not_found' });
      expect(await failure(provider.renew({ ...base, methodId: 'cash', idempotencyKey: key(), planId: 'monthly' }))).toMatchObject({ kind: 'invalid-request', code: 'method_not_found' });
      expect(await failure(provider.lineStatus('ln_nope00'))).toMatchObject({ kind: 'invalid-request', code: 'line_not_found' });
      expect(await failure(provider.topup({ ...base, idempotencyKey: key(), amount: hkd(1) }))).toMatchObject({ kind: 'invalid-request', code: 'amount_out_of_range' });
      expect(await failure(provider.topup({ ...base, idempotencyKey: key(), amount: { minor: 5_000, currency: 'USD' } }))).toMatchObject({
        kind: 'invalid-request',
        code: 'currency_mismatch',
      });
    });

    it('finds nothing for a key it never received, or for another line', async () => {
      const [a, b] = await provider.listLines();
      expect(await provider.findOrder(a!.id, 'never-sent')).toBeNull();
      const idempotencyKey = key();
      await provider.topup({ lineId: a!.id, methodId: 'card', idempotencyKey, amount: hkd(2_000) });
      expect(await provider.findOrder(b!.id, idempotencyKey)).toBeNull();
    });

    it('switches auto-renew on and off, and refuses it for a line without a plan', async () => {
      const work = await line('Work backup');
      await provider.setAutoRenew(work.id, true);
      expect((await provider.lineStatus(work.id)).plan).toEqual({ id: 'monthly', autoRenew: true });
      await provider.setAutoRenew(work.id, false);
      expect((await provider.lineStatus(work.id)).plan?.autoRenew).toBe(false);
      const noPlan = await line('Old Shenzhen SIM');
      expect(await failure(provider.setAutoRenew(noPlan.id, true))).toMatchObject({ kind: 'refused', code: 'no_plan' });
    });

    it('recycles a number past its grace period and refuses to recharge it', async () => {
      const old = await line('Old Shenzhen SIM');
      now = new Date(CONTRACT_NOW.getTime() + 40 * DAY_MS);
      expect((await provider.lineStatus(old.id)).flag).toBe('recycled');
      expect(await failure(provider.topup({ lineId: old.id, methodId: 'card', idempotencyKey: key(), amount: hkd(5_000) }))).toMatchObject({
        kind: 'refused',
        code: 'line_recycled',
      });
    });
  });
}

/**
 * What every provider owes the commands whatever its catalogue: the part of the contract that holds for the
 * sandbox, the http provider and Airalo alike. The subject names a line to pay on and two different payments.
 */
export interface PortSubject {
  provider: Provider;
  /** A line that accepts payments, and a renewal (plan id) it may buy, plus a different one. */
  payable: { lineId: string; methodId: string; planId: string; otherPlanId: string };
  /** A line id in this provider's format that names no line. */
  unknownLineId: string;
  /** What the provider really charged so far, however it keeps the books. */
  charges(): Promise<number>;
  cleanup(): Promise<void>;
}

export function portContract(name: string, open: () => Promise<PortSubject>): void {
  describe(`provider port contract: ${name}`, () => {
    let subject: PortSubject;
    let keyCounter = 0;
    const key = () => `port-${name.replace(/\W+/g, '-')}-${++keyCounter}`;
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it('lists lines with unique ids, each with a number or an ICCID', async () => {
      const lines = await subject.provider.listLines();
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
      for (const l of lines) expect(l.number ?? l.iccid).toBeTruthy();
    });

    it('reads a status with an expiry carrying its offset (or none), and plans priced in the rules\' currency', async () => {
      const { lineId } = subject.payable;
      const status = await subject.provider.lineStatus(lineId);
      expect(status.id).toBe(lineId);
      if (status.expiresAt !== null) expect(isIsoWithOffset(status.expiresAt)).toBe(true);
      const plans = await subject.provider.plans(lineId);
      expect(plans.length).toBeGreaterThan(0);
      for (const plan of plans) {
        expect(plan.price.currency).toBe(status.rules.currency);
        expect(Number.isSafeInteger(plan.price.minor)).toBe(true);
      }
      const methods = (await subject.provider.paymentMethods(lineId)).map((m) => m.id);
      expect(methods).toContain(subject.payable.methodId);
    });

    it('pays once per key: the same request again replays the order, findOrder finds it, one charge', async () => {
      const { lineId, methodId, planId } = subject.payable;
      const before = await subject.charges();
      const request = { lineId, methodId, planId, idempotencyKey: key() };
      const first = await subject.provider.renew(request);
      expect(first).toMatchObject({ status: 'succeeded', kind: 'renew', lineId, idempotencyKey: request.idempotencyKey });
      const again = await subject.provider.renew(request);
      expect(again.providerRef).toBe(first.providerRef);
      expect(await subject.provider.findOrder(lineId, request.idempotencyKey)).toMatchObject({ providerRef: first.providerRef, status: 'succeeded' });
      expect((await subject.charges()) - before).toBe(1);
    });

    it('refuses a key reused for a different payment, and finds nothing for a key never sent or for another line', async () => {
      const { lineId, methodId, planId, otherPlanId } = subject.payable;
      const idempotencyKey = key();
      await subject.provider.renew({ lineId, methodId, planId, idempotencyKey });
      expect(await failure(subject.provider.renew({ lineId, methodId, planId: otherPlanId, idempotencyKey }))).toMatchObject({
        kind: 'invalid-request',
        code: 'idempotency_key_reused',
      });
      expect(await subject.provider.findOrder(lineId, 'never-sent')).toBeNull();
      const other = (await subject.provider.listLines()).find((l) => l.id !== lineId);
      if (other) expect(await subject.provider.findOrder(other.id, idempotencyKey)).toBeNull();
    });

    it('rejects an unknown plan and an unknown line as invalid requests', async () => {
      const { lineId, methodId } = subject.payable;
      expect(await failure(subject.provider.renew({ lineId, methodId, planId: 'no-such-plan', idempotencyKey: key() }))).toMatchObject({
        kind: 'invalid-request',
        code: 'plan_not_found',
      });
      expect(await failure(subject.provider.lineStatus(subject.unknownLineId))).toMatchObject({ kind: 'invalid-request', code: 'line_not_found' });
    });
  });
}
