// The second charge through reconcile (issue 10): a lookup that finds nothing while the request may still
// arrive must leave the order open and resendable with its original key, never `failed`.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalFor, pay } from '../../../src/app/payments/pay.js';
import { intent } from '../../../src/app/payments/journal-events.js';
import { DEFAULT_ARRIVAL_WINDOW_MS, NEVER_RECEIVED, reconcileOrder } from '../../../src/app/payments/reconcile.js';
import { resolveGlobals } from '../../../src/cli/globals.js';
import type { Context } from '../../../src/app/context.js';
import { createContext } from '../../../src/cli/context.js';
import { ExitCode } from '../../../src/errors.js';
import type { Provider, ProviderOrder, TopupRequest } from '../../../src/providers/port.js';
import { tempHome, testEnv } from '../../helpers/cli.js';
import { bufferIO } from '../../helpers/io.js';

const SENT_AT = new Date('2026-11-22T04:00:00Z');
const LINE = { id: 'ln_test01', number: '+85291234567', iccid: null, alias: null };
const fields = (amount: string) => ({
  account: 'acct', provider: 'http', line: LINE.id, kind: 'topup' as const, amount: { amount, currency: 'HKD' }, method: 'card', plan: null,
});

/** A provider whose ledger the test fills: a request "arrives" when the test says so. */
function slowUplinkProvider() {
  const ledger: ProviderOrder[] = [];
  const sent: string[] = [];
  const arrive = (request: TopupRequest): ProviderOrder => {
    const existing = ledger.find((o) => o.idempotencyKey === request.idempotencyKey);
    if (existing) return existing;
    const order: ProviderOrder = {
      providerRef: `REF-${ledger.length + 1}`, idempotencyKey: request.idempotencyKey, lineId: LINE.id, kind: 'topup',
      status: 'succeeded', amount: request.amount, createdAt: SENT_AT.toISOString(), reason: null,
    };
    ledger.push(order);
    return order;
  };
  const provider = {
    kind: 'http',
    topup: async (request: TopupRequest) => {
      sent.push(request.idempotencyKey);
      return arrive(request);
    },
    findOrder: async (_line: string, key: string) => ledger.find((o) => o.idempotencyKey === key) ?? null,
  } as unknown as Provider;
  return { provider, ledger, sent, arrive };
}

describe('reconcileOrder: not seen by the provider', () => {
  let home: { home: string; cleanup: () => void };
  let now: Date;
  let ctx: Context;
  beforeEach(() => {
    home = tempHome();
    now = new Date(SENT_AT.getTime() + 60_000);
    ctx = createContext(resolveGlobals({}, {}), { io: bufferIO(), env: testEnv(home.home), now: () => now, timeZone: 'UTC' });
  });
  afterEach(() => home.cleanup());

  it('inside the arrival window: stays pending, nothing written, and the late arrival is then settled as charged', async () => {
    const { provider, arrive } = slowUplinkProvider();
    const journal = journalFor(ctx);
    const inFlight = intent(fields('50.00'), SENT_AT);
    await journal.append(inFlight);

    const early = await reconcileOrder(ctx, journal, provider, journal.order(inFlight.id)!);
    expect(early.settled).toBe(false);
    expect(early).toMatchObject({ unseenForMs: DEFAULT_ARRIVAL_WINDOW_MS - 60_000 });
    expect(journal.events()).toHaveLength(1);

    // The slow request arrives after the lookup: the order is the charge, not a failure.
    arrive({ lineId: LINE.id, amount: { minor: 5000, currency: 'HKD' }, methodId: 'card', idempotencyKey: inFlight.idempotencyKey });
    const late = await reconcileOrder(ctx, journal, provider, journal.order(inFlight.id)!);
    expect(late).toMatchObject({ settled: true, order: { status: 'succeeded', providerRef: 'REF-1' } });
  });

  it('the rerun of the same payment after an early lookup resends the original key: one charge, not two', async () => {
    const { provider, ledger, sent, arrive } = slowUplinkProvider();
    const journal = journalFor(ctx);
    const inFlight = intent(fields('50.00'), SENT_AT);
    await journal.append(inFlight);
    await reconcileOrder(ctx, journal, provider, journal.order(inFlight.id)!);
    arrive({ lineId: LINE.id, amount: { minor: 5000, currency: 'HKD' }, methodId: 'card', idempotencyKey: inFlight.idempotencyKey });

    const order = await pay(ctx, { found: { target: { name: 'acct', kind: 'http', account: null }, provider, line: LINE }, kind: 'topup', amount: { minor: 5000, currency: 'HKD' }, method: 'card', plan: null });
    expect(order.id).toBe(inFlight.id);
    expect(sent).toEqual([inFlight.idempotencyKey]);
    expect(ledger).toHaveLength(1);
  });

  it('a different payment on the line is blocked (exit 7) while the unseen order may still arrive', async () => {
    const { provider, sent } = slowUplinkProvider();
    const journal = journalFor(ctx);
    const inFlight = intent(fields('50.00'), SENT_AT);
    await journal.append(inFlight);
    const other = pay(ctx, { found: { target: { name: 'acct', kind: 'http', account: null }, provider, line: LINE }, kind: 'topup', amount: { minor: 2000, currency: 'HKD' }, method: 'card', plan: null });
    await expect(other).rejects.toMatchObject({ exitCode: ExitCode.unknownOutcome, hint: expect.stringContaining('9 min') });
    expect(sent).toEqual([]);
    expect(journal.order(inFlight.id)?.status).toBe('pending');
  });

  it('after the window has passed since the last sending: settled as never received', async () => {
    const { provider } = slowUplinkProvider();
    const journal = journalFor(ctx);
    const old = intent(fields('50.00'), SENT_AT);
    await journal.append(old);
    now = new Date(SENT_AT.getTime() + DEFAULT_ARRIVAL_WINDOW_MS + 1);
    const result = await reconcileOrder(ctx, journal, provider, journal.order(old.id)!);
    expect(result).toMatchObject({ settled: true, order: { status: 'failed', reason: NEVER_RECEIVED } });
  });
});
