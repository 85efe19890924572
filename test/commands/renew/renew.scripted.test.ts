import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../helpers/cli.js';
import { sandbox, sandboxCharges, soonAndGrace } from '../../app/payments/fixtures.js';

describe('leb renew from a script', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('a valid line extends from its current expiry; history shows one order', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line, '--plan', 'quarterly', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.order).toMatchObject({ kind: 'renew', status: 'succeeded', amount: { amount: '48.00', currency: 'HKD' }, plan: 'quarterly' });
    expect(out.before.expiresAt).toBe('2026-11-28T23:59:59+08:00');
    expect(out.after.expiresAt).toBe('2027-02-26T23:59:59+08:00');
    expect(out.after.plan).toEqual({ id: 'quarterly', autoRenew: false });
    expect(out.after.balance).toEqual(out.before.balance);
    const history = JSON.parse((await sandbox(['history', '--json'], { home: home.home })).stdout);
    expect(history).toHaveLength(1);
  });

  it('a line in grace extends from today, and is active again', async () => {
    const { grace } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', grace.line, '--plan', 'monthly', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.before.state).toBe('grace');
    expect(out.after.state).toBe('active');
    expect(out.after.expiresAt).toBe('2026-12-22T23:59:59+08:00');
  });

  it('a plan not in the catalogue is exit 2 and lists the plans', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line, '--plan', 'weekly', '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"weekly"');
    expect(result.stderr).toContain('quarterly');
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('without --plan and without a terminal: exit 2 naming --plan', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line, '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--plan');
  });

  it('--auto on switches the provider\'s auto-renew and pays nothing', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line, '--auto', 'on', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ line: soon.line, autoRenew: true, after: { plan: { id: 'monthly', autoRenew: true } } });
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('--auto on for a lapsed line is refused by the provider (exit 6)', async () => {
    const { grace } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', grace.line, '--auto', 'on'], { home: home.home });
    expect(result.code).toBe(6);
  });

  it('--auto with a bad value is exit 2', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line, '--auto', 'maybe'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('maybe');
  });

  it('--dry-run renew shows what would be sent and sends nothing', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line, '--plan', 'yearly', '--dry-run', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.request).toMatchObject({ kind: 'renew', plan: 'yearly', method: 'card' });
    expect(out.quote.expiresAt).toBe('2027-11-28T23:59:59+08:00');
    expect(sandboxCharges(home.home)).toEqual([]);
  });
});
