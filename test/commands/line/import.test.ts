import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome, type RunOptions } from '../../helpers/cli.js';
import { parseCsv } from '../../../src/io/csv.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const NOW = new Date('2026-12-02T04:00:00Z');
const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home, now: NOW, ...extra });
const csv = (text: string) => {
  const file = join(home, 'lines.csv');
  writeFileSync(file, text);
  return file;
};

const GOOD = [
  'number,carrier,expires,lastActivity,label,note',
  '+85291234567,cmhk-prepaid,2026-12-20,,HK card,"paid by Mrs Chan, monthly"',
  '+447700900123,giffgaff,,2026-10-01,UK,',
  '+852 6123 4567,smartone-valuegb,2027-03-01,,,',
].join('\r\n');

describe('leb line import', () => {
  it('imports every row when all are good, labels and notes included', async () => {
    const result = await run(['line', 'import', csv(GOOD)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Imported 3 lines.');
    const status = JSON.parse((await run(['status', '--json'])).stdout) as Array<Record<string, unknown>>;
    expect(status.map((s) => s.number).sort()).toEqual(['+447700900123', '+85261234567', '+85291234567']);
    expect(status.find((s) => s.number === '+85291234567')).toMatchObject({ label: 'HK card', note: 'paid by Mrs Chan, monthly', carrier: 'cmhk-prepaid' });
  });

  it('reports every bad row and imports nothing', async () => {
    expect((await run(['line', 'add', '+85290000000', '--carrier', 'cmhk-prepaid', '--expires', '2026-12-20'])).code).toBe(0);
    const file = csv(
      [
        'number,carrier,expires,lastActivity,label',
        '+85291234567,cmhk-prepaid,2026-12-20,,ok',
        '9123,cmhk-prepaid,2026-12-20,,',
        '+85291234568,nope,2026-12-20,,',
        '+85291234569,cmhk-prepaid,2026-02-30,,',
        '+447700900123,giffgaff,2026-12-20,,',
        '+85291234567,cmhk-prepaid,2026-12-20,,again',
        '+85290000000,cmhk-prepaid,2026-12-20,,',
        '+447700900124,giffgaff,,2027-01-01,',
      ].join('\n'),
    );
    const result = await run(['line', 'import', file, '--json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { imported: number; problems: Array<{ row: number; column: string }> };
    expect(report.imported).toBe(0);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'number'],
      [4, 'carrier'],
      [5, 'expires'],
      [6, 'lastActivity'],
      [7, 'number'],
      [8, 'number'],
      [9, 'lastActivity'],
    ]);
    expect(result.stderr).toContain('nothing imported: 7 of 8 rows have problems');
    const status = JSON.parse((await run(['status', '--json'])).stdout) as unknown[];
    expect(status).toHaveLength(1);
  });

  it('--dry-run reports and imports nothing', async () => {
    const result = await run(['line', 'import', csv(GOOD), '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('All 3 rows are good; nothing imported (dry run).');
    expect(existsSync(join(home, 'lines.json'))).toBe(false);
    expect(existsSync(join(home, 'config.json'))).toBe(false);
  });

  it.each([
    ['number,carrier\n"+852912,cmhk-prepaid\n', 'a quoted field is never closed'],
    ['number,carrier,colour\n+85291234567,cmhk-prepaid,red\n', 'unknown column "colour"'],
    ['carrier,expires\ncmhk-prepaid,2026-12-20\n', 'missing column "number"'],
    ['number,carrier,expires\n', 'no rows to import'],
  ])('refuses a malformed file with exit 2 (%#)', async (text, message) => {
    const result = await run(['line', 'import', csv(text)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(home, 'lines.json'))).toBe(false);
  });

  it('a missing file is exit 2 naming it', async () => {
    const result = await run(['line', 'import', join(home, 'nope.csv')]);
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining('nope.csv does not exist')]);
  });
});

describe('parseCsv', () => {
  it.each([
    ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['\uFEFFa,b\n"x, y","say ""hi"""\n\n', [['a', 'b'], ['x, y', 'say "hi"']]],
    ['a\n"two\nlines"', [['a'], ['two\nlines']]],
    ['a,b\n1,', [['a', 'b'], ['1', '']]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });
  it('finds a stray quote', () => {
    expect(parseCsv('a\nx"y\n')).toEqual({ ok: false, line: 2, problem: 'stray-quote' });
  });
});
