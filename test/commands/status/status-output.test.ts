// What people see: the table on a terminal, colour rules, plain rows when piped, Chinese, and --line lookups.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');
const ESC = '\u001b[';

describe('status output', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(['--sandbox', ...argv], { home: home.home, now: NOW, ...extra });

  it('on a terminal: a table, most urgent first, with validity bars when there is room', async () => {
    const result = await run(['status'], { tty: true, columns: 160 });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => l.includes('ln_'));
    expect(rows[0]).toContain('grace');
    expect(rows[1]).toContain('6 days');
    expect(result.stdout).toMatch(/█+░*/);
    expect(result.stdout).toContain('HK$4.20');
  });

  it('NO_COLOR (set by the test env) means no escape codes even on a terminal; FORCE_COLOR brings them back', async () => {
    expect((await run(['status'], { tty: true })).stdout).not.toContain(ESC);
    expect((await run(['status'], { tty: true, env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await run(['status', '--no-color'], { tty: true, env: { NO_COLOR: '', FORCE_COLOR: undefined, TERM: 'xterm' } })).stdout).not.toContain(ESC);
    expect((await run(['status'], { tty: true, env: { NO_COLOR: '', TERM: 'dumb' } })).stdout).not.toContain(ESC);
  });

  it('piped: tab-separated rows with a header, no borders, no colour', async () => {
    const result = await run(['status'], { env: { NO_COLOR: '', FORCE_COLOR: undefined } });
    const [head, first] = result.stdout.split('\n');
    expect(head?.split('\t')[0]).toBe('Line');
    expect(first?.split('\t')).toContain('grace');
    expect(result.stdout).not.toContain('┌');
    expect(result.stdout).not.toContain(ESC);
  });

  it('--lang zh-CN: headings and states in Chinese, data unchanged', async () => {
    const result = await run(['status', '--lang', 'zh-CN']);
    expect(result.stdout).toContain('保号截止');
    expect(result.stdout).toContain('宽限期');
    expect(result.stdout).toContain('天前');
    expect(result.stdout).toMatch(/ln_[a-z0-9]{6}/);
  });

  it('--line takes the id, the number, the ICCID or the alias', async () => {
    const all = JSON.parse((await run(['status', '--json'])).stdout) as Array<{ line: string; number: string; iccid: string; alias: string }>;
    const target = all[1]!;
    for (const ref of [target.line, target.number, target.iccid, target.alias, target.alias.toUpperCase(), `sandbox/${target.line}`]) {
      const one = JSON.parse((await run(['status', '--line', ref, '--json'])).stdout);
      expect(one.map((l: { line: string }) => l.line)).toEqual([target.line]);
    }
  });

  it('plans --json matches the contract: id, name, price, validityDays, pricePerDay', async () => {
    const result = await run(['plans', '--json']);
    expect(JSON.parse(result.stdout)).toEqual([
      { id: 'monthly', name: 'Monthly keep-number', price: { amount: '18.00', currency: 'HKD' }, validityDays: 30, pricePerDay: { amount: '0.60', currency: 'HKD' } },
      { id: 'quarterly', name: 'Quarterly keep-number', price: { amount: '48.00', currency: 'HKD' }, validityDays: 90, pricePerDay: { amount: '0.53', currency: 'HKD' } },
      { id: 'yearly', name: 'Yearly keep-number', price: { amount: '168.00', currency: 'HKD' }, validityDays: 365, pricePerDay: { amount: '0.46', currency: 'HKD' } },
    ]);
  });

  it('sandbox reset forgets the lines and their orders', async () => {
    const before = JSON.parse((await run(['status', '--json'])).stdout).map((l: { line: string }) => l.line);
    expect((await runCli(['sandbox', 'reset'], { home: home.home, now: NOW })).code).toBe(0);
    const after = JSON.parse((await run(['status', '--json'])).stdout).map((l: { line: string }) => l.line);
    expect(after).not.toEqual(before);
  });
});
