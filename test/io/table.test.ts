// The borderless table fitted to a width: cut flexible columns first, then hide the least important ones, never
// wider than asked while anything can still give way; CJK counts two columns.

import { describe, expect, it } from 'vitest';
import { fitTable, truncate } from '../../src/io/table.js';
import { displayWidth } from '../../src/io/width.js';

const head = ['Line', 'Name', 'Days', 'Balance', 'Data'];
const rows = [
  ['ln_1', 'A rather long alias for a line', '6 days', 'HK$4.20', '180 MB / 1.0 GB'],
  ['ln_2', 'Short', '63 days', 'HK$38.50', '3.0 GB / 5.0 GB'],
];
const widest = (lines: string[]) => Math.max(...lines.map(displayWidth));

describe('fitTable', () => {
  it('with room: every column in full, two spaces apart, header first, no borders', () => {
    const { lines, hidden, squeezed } = fitTable(head, rows, { width: 200 });
    expect(lines[0]).toBe('Line  Name                            Days     Balance   Data');
    expect(lines[1]).toContain('A rather long alias for a line');
    expect(lines.join('')).not.toMatch(/[┌│─]/);
    expect([hidden, squeezed]).toEqual([[], false]);
  });

  it('a little too narrow: cuts the flexible column with "…" and hides nothing', () => {
    const { lines, hidden, squeezed } = fitTable(head, rows, { width: 60, dropOrder: [4, 3], shrink: [1] });
    expect(hidden).toEqual([]);
    expect(squeezed).toBe(true);
    expect(widest(lines)).toBeLessThanOrEqual(60);
    expect(lines[1]).toMatch(/A rather long.*…/);
    expect(lines[1]).toContain('180 MB / 1.0 GB');
  });

  it('much too narrow: hides columns in drop order, only as many as needed, and names them', () => {
    const { lines, hidden } = fitTable(head, rows, { width: 40, dropOrder: [4, 3], shrink: [1] });
    expect(hidden).toEqual([4]);
    expect(widest(lines)).toBeLessThanOrEqual(40);
    expect(lines[0]).not.toContain('Data');
    expect(lines[0]).toContain('Balance');
  });

  it('a cut column keeps its minimum width', () => {
    const { lines } = fitTable(head, rows, { width: 20, dropOrder: [4, 3], shrink: [1], minWidths: { 1: 12 } });
    expect(lines[1]?.split(/\s{2,}/)[1]).toBe('A rather lo…');
  });

  it('wide: nothing cut or hidden, however narrow', () => {
    const { lines, hidden, squeezed } = fitTable(head, rows, { width: 20, dropOrder: [4, 3], wide: true });
    expect([hidden, squeezed]).toEqual([[], false]);
    expect(lines[1]).toContain('A rather long alias for a line');
  });

  it('Chinese counts two columns a character: columns line up and the width holds', () => {
    const zhHead = ['线路', '号码', '状态'];
    const zhRows = [
      ['ln_1', '+85291097198（工作备用卡）', '宽限期'],
      ['ln_2', '+85260081851', '正常'],
    ];
    const { lines } = fitTable(zhHead, zhRows, { width: 30, shrink: [1] });
    expect(widest(lines)).toBeLessThanOrEqual(30);
    const stateAt = lines.map((line) => displayWidth(line.slice(0, line.search(/(状态|宽限期|正常)/))));
    expect(new Set(stateAt).size).toBe(1);
  });
});

describe('truncate', () => {
  it('cuts by display width, ending in …; leaves text that fits alone', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdefg', 6)).toBe('abcde…');
    expect(truncate('工作备用卡', 6)).toBe('工作…');
    expect(displayWidth(truncate('工作备用卡', 6))).toBeLessThanOrEqual(6);
  });
});
