// pay() against a scripted provider: how each kind of provider failure is recorded, and that an order whose
// outcome cannot be learned blocks new payments on its line.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pay, journalFor } from '../../../src/app/payments/pay.js';
import { resolveGlobals } from '../../../src/cli/globals.js';
import type { Context } from '../../../src/app/context.js';
import { createContext } from '../../../src/cli/context.js';
import { ExitCode, LebError } from '../../../src/errors.js';
import { AccountError } from '../../../src/providers/account-error.js';
import { ProviderError, type Provider, type ProviderOrder, type TopupRequest } from '../../../src/providers/port.js';
import { bufferIO } from '../../helpers/io.js';
import { describeError } from '../../../src/cli/report.js';
import { messagesFor } from '../../../src/io/messages/index.js';
import { tempHome, testEnv } from '../../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');
const LINE = { id: 'ln_test01', number: '+85291234567', iccid: null, alias: null };
const FIFTY = { minor: 5000, currency: 'HKD' };

/** A provider whose topup does what the test says; it remembers every key it was sent. */
function scriptedProvider(topup: (request: TopupRequest) => Promise<ProviderOrder>, lookup: (key: string) => Promise<ProviderOrder | null> = async () => null) {
  const sent: string[] = [];
  const provider = {
    kind: 'http',
    topup: async (request: TopupRequest) => {
      sent.push(request.idempotencyKey);
      try {
        return await topup(request);
      } catch (error) {
        throw error instanceof ProviderError ? new AccountError('acct', error) : error;
      }
    },
    findOrder: async (_line: string, key: string) => {
      try {
        return await lookup(key);
      } catch (error) {
        throw error instanceof ProviderError ? new AccountError('acct', error) : error;
      }
    },
  } as unknown as Provider;
  return { provider, sent };
}

const succeeded = (request: TopupRequest): ProviderOrder => ({
  providerRef: 'REF-1', idempotencyKey: request.idempotencyKey, lineId: LINE.id, kind: 'topup', status: 'succeeded', amount: request.amount, createdAt: NOW.toISOString(), reason: null,
});

describe('pay', () => {
  let home: { home: string; cleanup: () => void };
  let ctx: Context;
  beforeEach(() => {
    home = tempHome();
    ctx = createContext(resolveGlobals({}, {}), { io: bufferIO(), env: testEnv(home.home), now: () => NOW, timeZone: 'UTC' });
  });
  afterEach(() => home.cleanup());

  const request = (provider: Provider, amount = FIFTY) => ({
    found: { target: { name: 'acct', kind: 'http' as const, account: null }, provider, line: LINE },
    kind: 'topup' as const,
    amount,
    method: 'card',
    plan: null,
  });

  it.each([
    ['refused', 'failed', ExitCode.refused],
    ['invalid-request', 'failed', ExitCode.usage],
    ['unreachable', 'failed', ExitCode.unreachable],
    ['unknown-outcome', 'unknown', ExitCode.unknownOutcome],
    ['bad-response', 'unknown', ExitCode.unreachable],
    ['busy', 'unknown', ExitCode.busy],
  ] as const)('a %s error records the order as %s and exits %i', async (kind, status, exitCode) => {
    const { provider } = scriptedProvider(async () => {
      throw new ProviderError(kind, 'boom');
    });
    const error = await pay(ctx, request(provider)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountError);
    expect(describeError(messagesFor('en'), error).exitCode).toBe(exitCode);
    expect(journalFor(ctx).orders().map((o) => o.status)).toEqual([status]);
  });

  it('an error leb cannot classify leaves the order pending, to be settled by lookup', async () => {
    const { provider } = scriptedProvider(async () => {
      throw new TypeError('bug');
    });
    await expect(pay(ctx, request(provider))).rejects.toThrow('bug');
    expect(journalFor(ctx).orders().map((o) => o.status)).toEqual(['pending']);
  });

  it('the intent is on disk, with its key, before the provider is called', async () => {
    let seenInJournal: string[] = [];
    const { provider } = scriptedProvider(async (req) => {
      seenInJournal = journalFor(ctx).orders().map((o) => o.idempotencyKey);
      expect(seenInJournal).toEqual([req.idempotencyKey]);
      return succeeded(req);
    });
    const order = await pay(ctx, request(provider));
    expect(order.status).toBe('succeeded');
    expect(seenInJournal).toEqual([order.idempotencyKey]);
  });

  it('after an unknown outcome, the same request resends the same key; the provider answers once', async () => {
    let calls = 0;
    const { provider, sent } = scriptedProvider(async (req) => {
      calls += 1;
      if (calls === 1) throw new ProviderError('unknown-outcome', 'connection reset after sending');
      return succeeded(req);
    });
    await expect(pay(ctx, request(provider))).rejects.toBeInstanceOf(AccountError);
    const order = await pay(ctx, request(provider));
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(sent[1]);
    expect(order).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(journalFor(ctx).orders()).toHaveLength(1);
  });

  it('a different request on the line is blocked (exit 7) while the unknown order cannot be looked up', async () => {
    const { provider, sent } = scriptedProvider(
      async () => {
        throw new ProviderError('unknown-outcome', 'timeout');
      },
      async () => {
        throw new ProviderError('unreachable', 'still down');
      },
    );
    await expect(pay(ctx, request(provider))).rejects.toBeInstanceOf(AccountError);
    const blocked = pay(ctx, request(provider, { minor: 2000, currency: 'HKD' }));
    await expect(blocked).rejects.toBeInstanceOf(LebError);
    await expect(blocked).rejects.toMatchObject({ exitCode: ExitCode.unknownOutcome });
    expect(sent).toHaveLength(1);
  });

  it('a different request goes ahead once the lookup shows the unknown order was applied', async () => {
    let first = true;
    const applied: ProviderOrder[] = [];
    const { provider } = scriptedProvider(
      async (req) => {
        if (first) {
          first = false;
          applied.push(succeeded(req));
          throw new ProviderError('unknown-outcome', 'answer lost');
        }
        return succeeded(req);
      },
      async (key) => applied.find((o) => o.idempotencyKey === key) ?? null,
    );
    await expect(pay(ctx, request(provider))).rejects.toBeInstanceOf(AccountError);
    await pay(ctx, request(provider, { minor: 2000, currency: 'HKD' }));
    expect(journalFor(ctx).orders().map((o) => [o.amount.amount, o.status])).toEqual([
      ['50.00', 'succeeded'],
      ['20.00', 'succeeded'],
    ]);
  });
});
