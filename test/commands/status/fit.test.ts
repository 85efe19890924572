// `leb status` on terminals of different widths: never wider than the terminal, columns cut then hidden (and
// named on stderr), --columns and --wide; piped rows unchanged for scripts.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { displayWidth } from '../../../src/io/width.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('status fits the terminal', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(['--sandbox', ...argv], { home: home.home, now: NOW, ...extra });
  const tableLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('ln_') || l.startsWith('Line') || l.startsWith('线路'));

  it.each([60, 80, 120])('at %i columns: no line of the table is wider, and every line is one row', async (columns) => {
    const result = await run(['status'], { tty: true, columns });
    expect(result.code).toBe(0);
    const lines = tableLines(result.stdout);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    // Each row keeps its line id, its phone number whole, and how long it has.
    for (const line of lines.slice(1)) expect(line).toMatch(/^ln_\w+\s+\+852\d{8}\b.*\b(days?|today)\b/);
  });

  it('at 120 columns nothing is silently dropped: every column shows, labels included', async () => {
    const status = JSON.parse((await run(['status', '--json'])).stdout) as Array<{ line: string }>;
    expect((await run(['line', 'label', status[0]!.line, 'Shenzhen backup card'])).code).toBe(0);
    const result = await run(['status'], { tty: true, columns: 120 });
    const [head] = tableLines(result.stdout);
    for (const column of ['Expires', 'Balance', 'Data', 'Plan', 'Label']) expect(head).toContain(column);
    expect(result.stderr).not.toContain('Hidden');
  });

  it('at 60 columns: the hidden columns are named on stderr with the way to see them', async () => {
    const result = await run(['status'], { tty: true, columns: 60 });
    const [head] = tableLines(result.stdout);
    expect(head).not.toContain('Data');
    expect(result.stderr).toMatch(/Hidden to fit the terminal: Data, Plan.*--wide.*--columns/);
  });

  it('zh-CN at 60 columns: Chinese headings count two columns and still fit', async () => {
    const result = await run(['--lang', 'zh-CN', 'status'], { tty: true, columns: 60 });
    for (const line of tableLines(result.stdout)) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(result.stderr).toContain('为适应终端宽度已隐藏');
  });

  it('--columns picks and orders the columns; --wide shows every column in full', async () => {
    const picked = await run(['status', '--columns', 'days,line,kept'], { tty: true, columns: 60 });
    expect(picked.stdout.split('\n')[0]).toMatch(/^Days left\s+Line\s+Number kept until$/);
    expect(picked.stderr).not.toContain('Hidden');
    const wide = await run(['status', '--wide'], { tty: true, columns: 60 });
    expect(tableLines(wide.stdout)[0]).toContain('Plan');
    expect(wide.stdout).toContain('(Old Shenzhen SIM)');
    const piped = await run(['status', '--columns', 'line,state']);
    expect(piped.stdout.split('\n')[0]).toBe('Line\tState');
  });

  it('--columns with an unknown name: one line naming it and the choices, exit 2', async () => {
    const result = await run(['status', '--columns', 'line,expiry']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--columns: there is no column "expiry"; choose from line, account, number, state, days, expires, kept');
    expect(result.stdout).toBe('');
  });

  it('piped without --columns: the same tab-separated rows and headings as ever', async () => {
    const result = await run(['status']);
    expect(result.stdout.split('\n')[0]).toBe('Line\tNumber\tState\tDays left\tExpires\tNumber kept until\tBalance\tData\tPlan');
    expect(result.stderr).not.toContain('Hidden');
  });
});
