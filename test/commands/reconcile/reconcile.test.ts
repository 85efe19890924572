// `leb reconcile` and a payment in flight: it never settles an order from under the process sending it.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intent } from '../../../src/app/payments/journal-events.js';
import { withLock } from '../../../src/store/lock.js';
import { tempHome } from '../../helpers/cli.js';
import { NOW, sandbox, sandboxJournal, soonAndGrace } from '../../app/payments/fixtures.js';

describe('leb reconcile', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('skips a line whose payment is in flight (its lock is held), says so, exits 8 and leaves the order open', async () => {
    const { soon } = await soonAndGrace(home.home);
    const journal = sandboxJournal(home.home);
    const inFlight = intent({ account: 'sandbox', provider: 'sandbox', line: soon.line, kind: 'topup', amount: { amount: '50.00', currency: 'HKD' }, method: 'card', plan: null }, NOW);
    await journal.append(inFlight);

    const lockPath = join(home.home, 'locks', `line-sandbox-${soon.line}`);
    const result = await withLock(lockPath, () => sandbox(['reconcile', '--json'], { home: home.home, lineLockWaitMs: 0 }));
    expect(result.code).toBe(8);
    expect(result.stderr).toContain(`${inFlight.id} skipped: a payment on line ${soon.line} is in progress`);
    expect(JSON.parse(result.stdout)).toMatchObject([{ id: inFlight.id, status: 'pending' }]);
    expect(journal.orders().map((o) => o.status)).toEqual(['pending']);

    // Once the payer is gone, the same command settles it (the embedded sandbox has nothing left in flight).
    const after = await sandbox(['reconcile'], { home: home.home });
    expect(after.code).toBe(0);
    expect(journal.orders().map((o) => o.status)).toEqual(['failed']);
  });

  it('says in Chinese which order it skipped', async () => {
    const { soon } = await soonAndGrace(home.home);
    const journal = sandboxJournal(home.home);
    const inFlight = intent({ account: 'sandbox', provider: 'sandbox', line: soon.line, kind: 'topup', amount: { amount: '50.00', currency: 'HKD' }, method: 'card', plan: null }, NOW);
    await journal.append(inFlight);
    const lockPath = join(home.home, 'locks', `line-sandbox-${soon.line}`);
    const result = await withLock(lockPath, () => sandbox(['--lang', 'zh-CN', 'reconcile'], { home: home.home, lineLockWaitMs: 0 }));
    expect(result.code).toBe(8);
    expect(result.stderr).toContain(`已跳过 ${inFlight.id}`);
  });
});
