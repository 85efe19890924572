import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../helpers/cli.js';
import { NOW, sandbox, sandboxCharges, sandboxJournal, soonAndGrace } from '../../app/payments/fixtures.js';

describe('leb topup from a script', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('pays once, prints the contract shape and the history shows exactly one order', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--method', 'card', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.order).toMatchObject({ kind: 'topup', status: 'succeeded', amount: { amount: '50.00', currency: 'HKD' }, method: 'card' });
    expect(out.order.idempotencyKey).toMatch(/^leb_[0-9a-f-]{36}$/);
    expect(out.order.providerRef).toMatch(/^SBX-/);
    expect(out.order.createdAt).toBe(NOW.toISOString());
    // HK$50 earns 90 days from today (Hong Kong calendar), longer than the 6 days left: never shortened.
    expect(out.before.balance).toEqual({ amount: '4.20', currency: 'HKD' });
    expect(out.after.balance).toEqual({ amount: '54.20', currency: 'HKD' });
    expect(out.after.expiresAt).toBe('2027-02-20T23:59:59+08:00');
    expect(out.after.daysLeft).toBe(90);

    const history = await sandbox(['history', '--json'], { home: home.home });
    const orders = JSON.parse(history.stdout);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ id: out.order.id, status: 'succeeded', providerRef: out.order.providerRef });
    expect(sandboxCharges(home.home)).toHaveLength(1);
  });

  it('a top-up that earns fewer days than are left never shortens validity', async () => {
    const lines = JSON.parse((await sandbox(['status', '--json'], { home: home.home })).stdout) as Array<{ line: string; daysLeft: number; expiresAt: string }>;
    const healthy = lines.find((l) => l.daysLeft > 60);
    const result = await sandbox(['topup', '--line', healthy!.line, '--amount', '20', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).after.expiresAt).toBe(healthy!.expiresAt);
  });

  it('the method defaults to the line\'s default (card) without a terminal', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '20', '--yes', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).order.method).toBe('card');
  });

  it('a declined card exits 6 with the provider\'s reason and records nothing as paid', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--method', 'card-declined', '--yes'], { home: home.home });
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('declined');
    expect(result.stdout).toBe('');
    const orders = sandboxJournal(home.home).orders();
    expect(orders.map((o) => o.status)).toEqual(['failed']);
    expect(sandboxCharges(home.home)).toEqual([]);
    const after = JSON.parse((await sandbox(['status', '--line', soon.line, '--json'], { home: home.home })).stdout);
    expect(after[0].balance).toEqual(soon.balance);
  });

  it.each([
    ['without --yes', ['--amount', '50'], '--yes'],
    ['without --amount', ['--yes'], '--amount'],
  ])('refuses at once %s when there is no terminal (exit 2, nothing written)', async (_name, flags, named) => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, ...flags], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(named);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
  });

  it('a piped "y" never confirms a payment', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '50'], { home: home.home, stdin: 'y\n' });
    expect(result.code).toBe(2);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it.each([
    ['-1'], ['- 5'], ['0'], ['0.00'], ['50.001'], ['1e3'], ['0x10'], ['５０'], ['1,000'], ['1,5'], ['1 000'],
    ['$50'], ['HK$50'], ['50HKD'], ['¥50'], [''], ['  '], ['NaN'], ['Infinity'], ['.5'], ['+5'], ['5'], ['2000.01'],
  ])('amount %j: one clear line naming the value, exit 2, nothing sent', async (amount) => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', amount, '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`"${amount}"`);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
  });

  it('an unknown method is exit 2 and lists the known ones', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--method', 'bitcoin', '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"bitcoin"');
    expect(result.stderr).toContain('alipay');
  });

  it('an unknown line is exit 2 and says how to list lines', async () => {
    const result = await sandbox(['topup', '--line', 'ln_nope', '--amount', '50', '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('leb --sandbox status');
  });

  it('an amount far above the suggestions needs --allow-large without a terminal', async () => {
    const { soon } = await soonAndGrace(home.home);
    const refused = await sandbox(['topup', '--line', soon.line, '--amount', '1000', '--yes'], { home: home.home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--allow-large');
    expect(sandboxCharges(home.home)).toEqual([]);
    const allowed = await sandbox(['topup', '--line', soon.line, '--amount', '1000', '--yes', '--allow-large', '--json'], { home: home.home });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).after.balance.amount).toBe('1004.20');
  });

  it('--dry-run shows the request and the quote and sends nothing', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--dry-run', '--json'], { home: home.home });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ dryRun: true, request: { kind: 'topup', line: soon.line, amount: { amount: '50.00', currency: 'HKD' }, method: 'card' } });
    expect(out.quote.expiresAt).toBe('2027-02-20T23:59:59+08:00');
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('without --line and with several lines, asks for --line when it cannot prompt', async () => {
    const result = await sandbox(['topup', '--amount', '50', '--yes'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--line');
  });
});
