// Each fault `leb sandbox serve --faults` can inject, against a real server on 127.0.0.1:0: whatever the
// network does, a payment is charged at most once per key, an unclear outcome is reported as such, and the
// order lookup settles it. /_sandbox/charges is read over HTTP, as a carrier's ledger would be.

import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { ProviderError, type ProviderOrder, type TopupRequest } from '../../../src/providers/port.js';
import { NO_FAULTS, type Faults } from '../../../src/providers/sandbox/server/faults.js';
import type { Charge } from '../../../src/providers/sandbox/carrier.js';
import { startPeer, type Peer } from './peer.js';

const hkd = (minor: number) => ({ minor, currency: 'HKD' });
const TWO_ATTEMPTS = { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };

async function ledger(peer: Peer): Promise<Charge[]> {
  const response = await request(`${peer.server.url}/_sandbox/charges`);
  const charges = (await response.body.json()) as Charge[];
  const keys = charges.map((c) => c.idempotencyKey);
  expect(new Set(keys).size, 'a key was charged twice').toBe(keys.length);
  return charges;
}

async function outcome(promise: Promise<ProviderOrder>): Promise<ProviderOrder | ProviderError> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
}

describe('fault injection against leb sandbox serve', () => {
  let peer: Peer;
  afterEach(async () => {
    await peer?.close();
  });

  /** A peer already logged in (login is a Provider API request too, and faults apply to it). */
  async function loggedIn(faults: Partial<Faults>, options: Parameters<typeof startPeer>[0] = {}): Promise<{ lineId: string }> {
    peer = await startPeer(options);
    const [line] = await peer.provider.listLines();
    peer.server.setFaults({ ...NO_FAULTS, ...faults });
    return { lineId: line!.id };
  }

  const topup = (lineId: string, idempotencyKey: string, minor = 5_000): TopupRequest => ({ lineId, methodId: 'card', idempotencyKey, amount: hkd(minor) });

  it('reset-after-commit: unknown-outcome, then the lookup finds exactly one charge', async () => {
    const { lineId } = await loggedIn({ resetAfterCommit: 1 });
    const before = peer.server.state.lines.find((l) => l.id === lineId)!.balanceMinor;
    const result = await outcome(peer.provider.topup(topup(lineId, 'reset-1')));
    expect(result).toBeInstanceOf(ProviderError);
    expect((result as ProviderError).kind).toBe('unknown-outcome');

    peer.server.setFaults(NO_FAULTS);
    const found = await peer.provider.findOrder(lineId, 'reset-1');
    expect(found).toMatchObject({ status: 'succeeded', idempotencyKey: 'reset-1', amount: hkd(5_000) });
    const charges = (await ledger(peer)).filter((c) => c.idempotencyKey === 'reset-1');
    expect(charges).toHaveLength(1);
    expect(peer.server.state.lines.find((l) => l.id === lineId)!.balanceMinor).toBe(before + 5_000);
    // Resending the same intent now replays the stored order instead of paying again.
    expect((await peer.provider.topup(topup(lineId, 'reset-1'))).providerRef).toBe(found!.providerRef);
    expect(await ledger(peer)).toHaveLength(1);
  });

  it('error-500: a payment is resent with its key; after all attempts fail the outcome is unknown and nothing was charged', async () => {
    const { lineId } = await loggedIn({ error500: 1 });
    expect(await outcome(peer.provider.topup(topup(lineId, 'five-1')))).toMatchObject({ kind: 'unknown-outcome' });
    peer.server.setFaults(NO_FAULTS);
    expect(await peer.provider.findOrder(lineId, 'five-1')).toBeNull();
    expect(await ledger(peer)).toEqual([]);
    const reads = await outcome(peer.provider.lineStatus(lineId).then(() => ({}) as ProviderOrder));
    expect(reads).not.toBeInstanceOf(ProviderError);
  });

  it('error-500 at three requests in four: every payment settles to one charge or none, never two', async () => {
    const { lineId } = await loggedIn({ error500: 0.75 }, { server: { seed: 21 } });
    const results = new Map<string, ProviderOrder | ProviderError>();
    for (let i = 0; i < 12; i++) results.set(`most-${i}`, await outcome(peer.provider.topup(topup(lineId, `most-${i}`, 2_000))));
    expect([...results.values()].some((r) => r instanceof ProviderError)).toBe(true);
    expect([...results.values()].some((r) => !(r instanceof ProviderError))).toBe(true);

    // What `leb reconcile` does: look every unclear one up; resend with the same key only if never received.
    peer.server.setFaults(NO_FAULTS);
    const succeeded = new Set<string>();
    for (const [key, result] of results) {
      if (!(result instanceof ProviderError)) succeeded.add(key);
      else if ((await peer.provider.findOrder(lineId, key)) !== null) succeeded.add(key);
      else if ((await peer.provider.topup(topup(lineId, key, 2_000))).status === 'succeeded') succeeded.add(key);
    }
    expect(new Set((await ledger(peer)).map((c) => c.idempotencyKey))).toEqual(succeeded);
  });

  it('rate-limit: honours Retry-After, then reports unreachable (rate_limited); nothing charged', async () => {
    const { lineId } = await loggedIn(
      { rateLimit: 1 },
      { server: { retryAfterSeconds: 1 }, policies: { read: TWO_ATTEMPTS, payment: TWO_ATTEMPTS } },
    );
    expect(await outcome(peer.provider.lineStatus(lineId).then(() => ({}) as ProviderOrder))).toMatchObject({ kind: 'unreachable', code: 'rate_limited' });
    // Before trying again it waited the second Retry-After asked for (waits are recorded, not slept).
    expect(peer.waits[0]).toBe(1_000);
    peer.server.setFaults({ ...NO_FAULTS, rateLimit: 1 });
    expect(await outcome(peer.provider.topup(topup(lineId, 'limited-1')))).toMatchObject({ kind: 'unreachable', code: 'rate_limited' });
    expect(await ledger(peer)).toEqual([]);
  });

  it('stall: a read gives up at the --timeout budget; a payment is unknown until looked up', async () => {
    const { lineId } = await loggedIn({ stall: 1 }, { timeoutMs: 600 });
    const read = await outcome(peer.provider.lineStatus(lineId).then(() => ({}) as ProviderOrder));
    expect(read).toMatchObject({ kind: 'unreachable' });
    expect((read as ProviderError).reason).toEqual({ code: 'timed-out', seconds: 1 });

    await peer.close();
    const again = await loggedIn({ stall: 1 }, { timeoutMs: 600 });
    expect(await outcome(peer.provider.topup(topup(again.lineId, 'stall-1')))).toMatchObject({ kind: 'unknown-outcome' });
    expect(await ledger(peer)).toEqual([]);
  });

  it('garbled body: a read is bad-response; a payment is unknown-outcome, and was charged exactly once', async () => {
    const { lineId } = await loggedIn({ garble: 1 });
    expect(await outcome(peer.provider.lineStatus(lineId).then(() => ({}) as ProviderOrder))).toMatchObject({ kind: 'bad-response' });
    expect(await outcome(peer.provider.topup(topup(lineId, 'garbled-1')))).toMatchObject({ kind: 'unknown-outcome' });
    peer.server.setFaults(NO_FAULTS);
    expect(await peer.provider.findOrder(lineId, 'garbled-1')).toMatchObject({ status: 'succeeded' });
    expect((await ledger(peer)).map((c) => c.idempotencyKey)).toEqual(['garbled-1']);
  });

  it('latency: the same key sent twice at once is processed once; the second waits out 409 and gets the replay', async () => {
    // The second's wait (Retry-After: 1) ends when the server has finished the first, not after a real second.
    const { lineId } = await loggedIn({ latencyMs: 150 }, { sleep: () => peer.server.idle() });
    const [a, b] = await Promise.all([peer.provider.topup(topup(lineId, 'twice-1')), peer.provider.topup(topup(lineId, 'twice-1'))]);
    expect(a.providerRef).toBe(b.providerRef);
    expect((await ledger(peer)).map((c) => c.idempotencyKey)).toEqual(['twice-1']);
    expect(peer.debug.some((line) => line.includes('→ 409'))).toBe(true);
    expect(peer.waits).toContain(1_000);
  });

  it('faults apply to logging in too, and never to /_sandbox/*', async () => {
    peer = await startPeer({ server: { faults: { ...NO_FAULTS, error500: 1 } } });
    expect(await outcome(peer.provider.listLines().then(() => ({}) as ProviderOrder))).toMatchObject({ kind: 'unreachable' });
    expect(await ledger(peer)).toEqual([]);
  });
});
