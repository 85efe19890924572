// `leb history` on narrow terminals: no line wider than the terminal, the order id and time always whole, the
// hidden columns named with --wide; --wide shows them all; piped rows unchanged.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { displayWidth } from '../../../src/io/width.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('history fits the terminal', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(async () => {
    home = tempHome();
    expect((await run(['renew', '--line', 'Personal', '--plan', 'quarterly', '--yes'])).code).toBe(0);
  });
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(['--sandbox', ...argv], { home: home.home, now: NOW, ...extra });

  it.each([60, 80])('at %i columns: fits, keeps time and order id whole, names what it hid', async (columns) => {
    const result = await run(['history'], { tty: true, columns });
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}ord_\w{12} /);
    expect(result.stderr).toMatch(/^Hidden to fit the terminal: Method, Receipt, Line, Label(, Kind, Number)?\. Use --wide to show every column\.$/m);
  });

  it('--wide shows every column; piped rows keep every column', async () => {
    const wide = await run(['history', '--wide'], { tty: true, columns: 60 });
    expect(wide.stdout).toContain('SBX-');
    expect(wide.stderr).not.toContain('Hidden');
    const piped = await run(['history']);
    // The columns scripts knew keep their places; Number and Label come after them.
    expect(piped.stdout.split('\n')[0]?.split('\t')).toEqual(['Time (UTC)', 'Order', 'Line', 'Kind', 'Amount', 'Method', 'Status', 'Receipt', 'Number', 'Label']);
  });
});
