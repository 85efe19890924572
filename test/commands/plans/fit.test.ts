// `leb plans` on narrow terminals: no line wider than the terminal, the plan id, price and validity whole, what
// was hidden named with --wide; `plans --wide` (and `plans --until --wide`) show every column in full.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome, type RunOptions } from '../../helpers/cli.js';
import { displayWidth } from '../../../src/io/width.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('plans fits the terminal', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(['--sandbox', ...argv], { home: home.home, now: NOW, ...extra });

  it.each([
    [50, /^$/],
    [45, /^Hidden to fit the terminal: Per day\. Use --wide to show every column\.$/m],
    [36, /^Hidden to fit the terminal: Per day, Name\. Use --wide to show every column\.$/m],
  ])('at %i columns: fits, keeps the plan id, price and validity whole', async (columns, note) => {
    const result = await run(['plans', '--line', 'Personal'], { tty: true, columns });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(['monthly', 'quarterly', 'yearly']);
    expect(result.stdout).toContain('HK$168.00');
    expect(result.stdout).toContain('365 days');
    expect(result.stderr).toMatch(note);
  });

  it('--wide shows every column in full, however narrow; piped rows keep every column', async () => {
    const wide = await run(['plans', '--line', 'Personal', '--wide'], { tty: true, columns: 30 });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('Quarterly keep-number');
    expect(wide.stdout).toContain('Per day');
    expect(wide.stderr).not.toContain('Hidden');
    const piped = await run(['plans', '--line', 'Personal']);
    expect(piped.stdout.split('\n')[0]?.split('\t')).toHaveLength(5);
  });

  it('plans --until --wide shows its table in full too', async () => {
    const narrow = await run(['plans', '--line', 'Work backup', '--until', '2027-06-30'], { tty: true, columns: 30 });
    const wide = await run(['plans', '--line', 'Work backup', '--until', '2027-06-30', '--wide'], { tty: true, columns: 30 });
    expect(wide.code).toBe(0);
    expect(narrow.stdout).toContain('…');
    expect(wide.stdout.split('\n')[0]).not.toContain('…');
    expect(Math.max(...wide.stdout.split('\n').map(displayWidth))).toBeGreaterThan(30);
  });
});
