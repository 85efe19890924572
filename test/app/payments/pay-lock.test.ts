// A payment outliving its lock (issue 10): a payer paused past the lock's staleness loses the line's lock to
// another process. It must stop before sending, or, when already sent, record the outcome and say so; never
// crash with a raw ECOMPROMISED stack, and never delete the new holder's lock.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intent, outcome } from '../../../src/app/payments/journal-events.js';
import { journalFor, lineLockPath, pay } from '../../../src/app/payments/pay.js';
import { resolveGlobals } from '../../../src/cli/globals.js';
import type { Context } from '../../../src/app/context.js';
import { createContext } from '../../../src/cli/context.js';
import { ExitCode, LebError } from '../../../src/errors.js';
import type { Provider, ProviderOrder, TopupRequest } from '../../../src/providers/port.js';
import { tempHome, testEnv } from '../../helpers/cli.js';
import { bufferIO, type BufferIO } from '../../helpers/io.js';

const NOW = new Date('2026-11-22T04:00:00Z');
const LINE = { id: 'ln_test01', number: '+85291234567', iccid: null, alias: null };

const charged = (request: TopupRequest): ProviderOrder => ({
  providerRef: 'REF-1', idempotencyKey: request.idempotencyKey, lineId: LINE.id, kind: 'topup', status: 'succeeded', amount: request.amount, createdAt: NOW.toISOString(), reason: null,
});

describe('pay when another process takes the line lock over', () => {
  let home: { home: string; cleanup: () => void };
  let io: BufferIO;
  let ctx: Context;
  beforeEach(() => {
    home = tempHome();
    io = bufferIO();
    ctx = createContext(resolveGlobals({}, {}), { io, env: testEnv(home.home), now: () => NOW, timeZone: 'UTC' });
  });
  afterEach(() => home.cleanup());

  /** What a second process does when it finds our lock stale: it becomes the owner. */
  const takeOver = () => writeFileSync(`${lineLockPath(ctx, 'acct', LINE.id)}.owner`, 'another-process');
  const request = (provider: Provider, minor = 5000) => ({
    found: { target: { name: 'acct', kind: 'http' as const, account: null }, provider, line: LINE },
    kind: 'topup' as const, amount: { minor, currency: 'HKD' }, method: 'card', plan: null,
  });

  it('lost before sending (paused while settling an earlier order): exit 8, nothing sent, the order stays pending', async () => {
    const journal = journalFor(ctx);
    const earlier = intent({ account: 'acct', provider: 'http', line: LINE.id, kind: 'topup', amount: { amount: '20.00', currency: 'HKD' }, method: 'card', plan: null }, NOW);
    await journal.append(earlier, outcome(earlier, 'unknown', NOW));
    const sent: string[] = [];
    const provider = {
      kind: 'http',
      topup: async (r: TopupRequest) => (sent.push(r.idempotencyKey), charged(r)),
      findOrder: async (_line: string, key: string) => {
        takeOver(); // the lookup hung while the laptop slept
        return { ...charged({ lineId: LINE.id, amount: { minor: 2000, currency: 'HKD' }, methodId: 'card', idempotencyKey: key }) };
      },
    } as unknown as Provider;

    const error = await pay(ctx, request(provider)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LebError);
    expect(error).toMatchObject({ exitCode: ExitCode.busy, message: expect.stringContaining('was not sent') });
    expect(sent).toEqual([]);
    expect(journal.orders().map((o) => [o.amount.amount, o.status])).toEqual([
      ['20.00', 'succeeded'],
      ['50.00', 'pending'],
    ]);
    // The new owner's lock is left alone.
    expect(existsSync(`${lineLockPath(ctx, 'acct', LINE.id)}.lock`)).toBe(true);
  });

  it('lost while the payment was in flight: the outcome is recorded, a warning says what happened', async () => {
    const provider = {
      kind: 'http',
      topup: async (r: TopupRequest) => {
        takeOver();
        return charged(r);
      },
      findOrder: async () => null,
    } as unknown as Provider;
    const order = await pay(ctx, request(provider));
    expect(order.status).toBe('succeeded');
    expect(io.err()).toContain('another leb process took over the lock on line ln_test01');
    expect(existsSync(join(home.home, 'locks', 'line-acct-ln_test01.lock'))).toBe(true);
  });
});
