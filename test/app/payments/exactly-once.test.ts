// At most one charge per intent: crashes between the journal and the send, lost answers, reruns and
// concurrent payments on one line.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intent, outcome } from '../../../src/app/payments/journal-events.js';
import { withSandboxState } from '../../../src/providers/sandbox/state-file.js';
import { topup as carrierTopup } from '../../../src/providers/sandbox/carrier.js';
import { withLock } from '../../../src/store/lock.js';
import { runBin, tempHome } from '../../helpers/cli.js';
import { NOW, sandbox, sandboxCharges, sandboxJournal, soonAndGrace } from './fixtures.js';

const topupFields = (line: string, amount: string, method = 'card') => ({
  account: 'sandbox', provider: 'sandbox', line, kind: 'topup' as const, amount: { amount, currency: 'HKD' }, method, plan: null,
});

describe('exactly once', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('crash after the journal write, before the send: the rerun resends the same intent with its key, paying once', async () => {
    const { soon } = await soonAndGrace(home.home);
    const journal = sandboxJournal(home.home);
    const crashed = intent(topupFields(soon.line, '50.00'), NOW);
    await journal.append(crashed);

    const rerun = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--yes', '--json'], { home: home.home });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(crashed.id);
    const order = JSON.parse(rerun.stdout).order;
    expect(order.id).toBe(crashed.id);
    expect(order.idempotencyKey).toBe(crashed.idempotencyKey);
    expect(sandboxCharges(home.home).map((c) => c.idempotencyKey)).toEqual([crashed.idempotencyKey]);
    expect(journal.orders()).toHaveLength(1);
  });

  it('crash after the provider applied it, before the answer was recorded: the rerun gets the stored result, no second charge', async () => {
    const { soon } = await soonAndGrace(home.home);
    const journal = sandboxJournal(home.home);
    const sent = intent(topupFields(soon.line, '50.00'), NOW);
    await journal.append(sent);
    await withSandboxState(join(home.home, 'sandbox', 'embedded.json'), NOW, (state) =>
      carrierTopup(state, { lineId: soon.line, amount: { minor: 5000, currency: 'HKD' }, methodId: 'card', idempotencyKey: sent.idempotencyKey }, NOW),
    );

    const rerun = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--yes', '--json'], { home: home.home });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).after.balance.amount).toBe('54.20');
    expect(sandboxCharges(home.home)).toHaveLength(1);
    expect(journal.orders().map((o) => o.status)).toEqual(['succeeded']);
  });

  it('a different payment on the line first settles the unsettled order by lookup (never received → failed)', async () => {
    const { soon } = await soonAndGrace(home.home);
    const journal = sandboxJournal(home.home);
    const lost = intent(topupFields(soon.line, '20.00'), NOW);
    await journal.append(lost, outcome(lost, 'unknown', NOW, { reason: 'timeout' }));

    const next = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--yes', '--json'], { home: home.home });
    expect(next.code).toBe(0);
    const orders = journal.orders();
    expect(orders.find((o) => o.id === lost.id)).toMatchObject({ status: 'failed', reason: expect.stringContaining('never reached') });
    expect(sandboxCharges(home.home).map((c) => c.amount.amount)).toEqual(['50.00']);
  });

  it('leb reconcile settles an unknown order the provider did apply, with its receipt', async () => {
    const { soon } = await soonAndGrace(home.home);
    const journal = sandboxJournal(home.home);
    const lost = intent(topupFields(soon.line, '50.00'), NOW);
    await journal.append(lost, outcome(lost, 'unknown', NOW, { reason: 'connection reset' }));
    await withSandboxState(join(home.home, 'sandbox', 'embedded.json'), NOW, (state) =>
      carrierTopup(state, { lineId: soon.line, amount: { minor: 5000, currency: 'HKD' }, methodId: 'card', idempotencyKey: lost.idempotencyKey }, NOW),
    );

    const result = await sandbox(['reconcile', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const [settled] = JSON.parse(result.stdout);
    expect(settled).toMatchObject({ id: lost.id, status: 'succeeded', providerRef: expect.stringMatching(/^SBX-/) });
    expect(result.stderr).toContain('unknown → succeeded');

    const again = await sandbox(['reconcile'], { home: home.home });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Nothing to reconcile');
  });

  it('a second payment while the line is locked exits 8 and sends nothing', async () => {
    const { soon } = await soonAndGrace(home.home);
    const lockPath = join(home.home, 'locks', `line-sandbox-${soon.line}`);
    const result = await withLock(lockPath, () => sandbox(['topup', '--line', soon.line, '--amount', '50', '--yes'], { home: home.home, lineLockWaitMs: 0 }));
    expect(result.code).toBe(8);
    expect(result.stderr).toContain('in progress');
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('concurrent processes paying on one line: every charge is a succeeded order, no key twice', async () => {
    const { soon } = await soonAndGrace(home.home);
    const runs = await Promise.all(
      [20, 30, 40, 50].map((amount) => runBin(['--sandbox', 'topup', '--line', soon.line, '--amount', String(amount), '--yes', '--json'], { home: home.home })),
    );
    for (const run of runs) expect([0, 8]).toContain(run.code);
    const succeeded = sandboxJournal(home.home).orders().filter((o) => o.status === 'succeeded');
    const charges = sandboxCharges(home.home);
    expect(charges.map((c) => c.idempotencyKey).sort()).toEqual(succeeded.map((o) => o.idempotencyKey).sort());
    expect(new Set(charges.map((c) => c.idempotencyKey)).size).toBe(charges.length);
    expect(runs.filter((r) => r.code === 0)).toHaveLength(charges.length);
  });
});
