// The interactive flows with a scripted prompter on a pretend terminal: each prompt's default, and cancelling
// at every step leaves nothing half-done.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../helpers/cli.js';
import { CANCEL, DEFAULT, scriptedPrompter } from '../../helpers/prompter.js';
import { sandbox, sandboxCharges, soonAndGrace } from './fixtures.js';

describe('interactive topup', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('Enter at every prompt picks the most urgent line, the first suggested amount and the default method, then declines (No is the default)', async () => {
    const { grace } = await soonAndGrace(home.home);
    const prompter = scriptedPrompter([DEFAULT, DEFAULT, DEFAULT, DEFAULT]);
    const result = await sandbox(['topup'], { home: home.home, tty: true, prompter });
    expect(prompter.calls.map((c) => c.kind)).toEqual(['select', 'select', 'select', 'confirm']);
    const [line, amount, method, confirm] = prompter.calls;
    expect((line?.defaultValue as { status: { id: string } }).status.id).toBe(grace.line);
    expect(amount?.defaultValue).toBe(2000);
    expect(amount?.choices?.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringContaining('+90 days')]));
    expect(method?.defaultValue).toBe('card');
    expect(confirm?.defaultValue).toBe(false);
    expect(result.code).toBe(3);
    expect(sandboxCharges(home.home)).toEqual([]);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
  });

  it('confirmed, it pays once and prints the receipt; the summary went to stderr', async () => {
    const { soon } = await soonAndGrace(home.home);
    const prompter = scriptedPrompter([5000, 'alipay', true]);
    const result = await sandbox(['topup', '--line', soon.line], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('HK$4.20 → HK$54.20');
    expect(result.stderr).toContain('2026-11-28 → 2027-02-20');
    expect(result.stdout).toContain('Paid HK$50.00 by alipay');
    expect(sandboxCharges(home.home)).toHaveLength(1);
  });

  it('a custom amount is validated as it is typed', async () => {
    const { soon } = await soonAndGrace(home.home);
    const typed: string[] = [];
    const prompter = scriptedPrompter([-1, '35.5', DEFAULT, true]);
    const originalInput = prompter.input.bind(prompter);
    prompter.input = async (message, options) => {
      for (const attempt of ['1e3', '-2', '35.555', '']) typed.push(String(options?.validate?.(attempt)));
      return originalInput(message, options);
    };
    const result = await sandbox(['topup', '--line', soon.line], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    expect(typed.every((message) => message !== 'true')).toBe(true);
    expect(typed[2]).toContain('2 decimals');
    expect(sandboxCharges(home.home)[0]?.amount).toEqual({ amount: '35.50', currency: 'HKD' });
  });

  it.each([
    ['line', [CANCEL]],
    ['amount', [DEFAULT, CANCEL]],
    ['method', [DEFAULT, DEFAULT, CANCEL]],
    ['confirmation', [DEFAULT, DEFAULT, DEFAULT, CANCEL]],
  ])('Ctrl+C at the %s prompt exits 130 and leaves nothing behind', async (_step, answers) => {
    await soonAndGrace(home.home);
    const result = await sandbox(['topup'], { home: home.home, tty: true, prompter: scriptedPrompter(answers) });
    expect(result.code).toBe(130);
    expect(existsSync(join(home.home, 'sandbox', 'orders.jsonl'))).toBe(false);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('a large amount asks a second time, defaulting to No, even with --yes', async () => {
    const { soon } = await soonAndGrace(home.home);
    const prompter = scriptedPrompter([DEFAULT]);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '1000', '--yes'], { home: home.home, tty: true, prompter });
    expect(prompter.calls[0]).toMatchObject({ kind: 'confirm', defaultValue: false });
    expect(result.code).toBe(3);
    expect(sandboxCharges(home.home)).toEqual([]);
  });

  it('--no-input on a terminal behaves like a script', async () => {
    const { soon } = await soonAndGrace(home.home);
    const prompter = scriptedPrompter([]);
    const result = await sandbox(['topup', '--line', soon.line, '--amount', '50', '--no-input'], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(2);
    expect(prompter.calls).toEqual([]);
  });
});

describe('interactive renew', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('the plan picker shows price, validity, price per day and the resulting expiry; the current plan is the default', async () => {
    const { soon } = await soonAndGrace(home.home);
    const prompter = scriptedPrompter([DEFAULT, DEFAULT, true]);
    const result = await sandbox(['renew', '--line', soon.line], { home: home.home, tty: true, prompter });
    expect(result.code).toBe(0);
    const picker = prompter.calls[0];
    expect((picker?.defaultValue as { id: string }).id).toBe('monthly');
    const quarterly = picker?.choices?.find((c) => (c.value as { id: string }).id === 'quarterly');
    expect(quarterly?.name).toContain('HK$48.00');
    expect(quarterly?.name).toContain('90 days');
    expect(quarterly?.name).toContain('HK$0.53/day');
    expect(quarterly?.name).toContain('→ 2027-02-26');
    expect(result.stdout).toContain('Paid HK$18.00 by card');
  });

  it('Ctrl+C at the plan picker exits 130 with nothing sent', async () => {
    const { soon } = await soonAndGrace(home.home);
    const result = await sandbox(['renew', '--line', soon.line], { home: home.home, tty: true, prompter: scriptedPrompter([CANCEL]) });
    expect(result.code).toBe(130);
    expect(sandboxCharges(home.home)).toEqual([]);
  });
});
