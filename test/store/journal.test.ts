// The order journal against what a crash or a hand edit leaves behind (issue 10).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intent } from '../../src/app/payments/journal-events.js';
import { StateError } from '../../src/errors.js';
import { Journal, type TornTail } from '../../src/store/journal.js';
import { tempHome } from '../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');
const fields = { account: 'a', provider: 'sandbox', line: 'ln_1', kind: 'topup' as const, amount: { amount: '50.00', currency: 'HKD' }, method: 'card', plan: null };

describe('Journal', () => {
  let home: { home: string; cleanup: () => void };
  let file: string;
  beforeEach(() => {
    home = tempHome();
    file = join(home.home, 'orders.jsonl');
  });
  afterEach(() => home.cleanup());

  it('a torn last line is reported, not an order, and the next append keeps it aside instead of erasing it', async () => {
    const first = intent(fields, NOW);
    const torn = '{"type":"intent","id":"ord_torn","idempo';
    writeFileSync(file, `${JSON.stringify(first)}\n${torn}`, { mode: 0o600 });
    const reports: TornTail[] = [];
    const journal = new Journal(file, (t) => reports.push(t));

    expect(journal.orders().map((o) => o.id)).toEqual([first.id]);
    journal.orders();
    expect(reports).toEqual([{ file, bytes: torn.length, aside: null }]);

    const second = intent(fields, NOW);
    await journal.append(second);
    expect(reports[1]).toEqual({ file, bytes: torn.length, aside: `${file}.torn` });
    expect(readFileSync(`${file}.torn`, 'utf8')).toBe(`${torn}\n`);
    expect(journal.orders().map((o) => o.id)).toEqual([first.id, second.id]);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'bogus'])('an event of type %s is corrupt state (exit 9), never skipped', (type) => {
    writeFileSync(file, `${JSON.stringify({ type, id: 'ord_x', at: NOW.toISOString() })}\n`, { mode: 0o600 });
    expect(() => new Journal(file).orders()).toThrow(StateError);
  });
});
