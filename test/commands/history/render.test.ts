// Pure rendering of `leb history`: the summary, the month rows for scripts, and the bar chart fitted to a width.

import { describe, expect, it } from 'vitest';
import { monthChart, monthCsvRows, monthJson, summaryLines } from '../../../src/commands/history/history.render.js';
import type { MonthSpend } from '../../../src/domain/spend.js';
import { en } from '../../../src/io/messages/en.js';
import { zhCN } from '../../../src/io/messages/zh-CN.js';
import { displayWidth } from '../../../src/io/width.js';

const hkd = (minor: number) => ({ minor, currency: 'HKD' });
const MONTHS: MonthSpend[] = [
  { month: '2026-09', totals: [hkd(12_000)], orders: 3 },
  { month: '2026-10', totals: [], orders: 0 },
  { month: '2026-11', totals: [hkd(24_000)], orders: 5 },
  { month: '2026-12', totals: [hkd(1_800)], orders: 1 },
];

describe('history summary', () => {
  it.each([
    [{ spent: [], orders: 0, unsettled: { orders: 0, amounts: [] } }, ['Spent: nothing (no succeeded orders)']],
    [{ spent: [hkd(23_600)], orders: 3, unsettled: { orders: 0, amounts: [] } }, ['Spent: HK$236.00 (3 orders succeeded)']],
    [
      { spent: [hkd(1_800), { minor: 500, currency: 'USD' }], orders: 1, unsettled: { orders: 1, amounts: [hkd(5_000)] } },
      ['Spent: HK$18.00 + $5.00 (1 order succeeded)', 'Not counted: 1 order not settled yet (HK$50.00 may have been charged); leb reconcile settles them'],
    ],
  ])('%o', (summary, expected) => {
    expect(summaryLines(en, 'en', summary)).toEqual(expected);
  });

  it('in Chinese', () => {
    expect(summaryLines(zhCN, 'zh-CN', { spent: [hkd(1_800)], orders: 1, unsettled: { orders: 2, amounts: [hkd(100)] } })).toEqual([
      '花费：HK$18.00（1 笔成功订单）',
      '未计入：2 笔订单尚未确认（可能已扣 HK$1.00）；运行 leb reconcile 确认',
    ]);
  });
});

describe('spend per month for scripts', () => {
  it('JSON rows: month, totals as money, orders', () => {
    expect(monthJson(MONTHS.slice(0, 2))).toEqual([
      { month: '2026-09', totals: [{ amount: '120.00', currency: 'HKD' }], orders: 3 },
      { month: '2026-10', totals: [], orders: 0 },
    ]);
  });

  it('CSV rows: one per month and currency, an empty month kept', () => {
    expect(monthCsvRows([...MONTHS.slice(0, 2), { month: '2026-11', totals: [hkd(100), { minor: 300, currency: 'JPY' }], orders: 2 }])).toEqual([
      ['2026-09', 'HKD', '120.00', '3'],
      ['2026-10', '', '', '0'],
      ['2026-11', 'HKD', '1.00', '2'],
      ['2026-11', 'JPY', '300', '2'],
    ]);
  });
});

describe('the spend chart', () => {
  it('at 80 columns: bars proportional to the largest month, the gap shown, amounts aligned, orders counted', () => {
    const lines = monthChart(en, 'en', MONTHS, 80);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const bars = lines.map((line) => (line.match(/█+/)?.[0] ?? '').length);
    expect(bars[2]).toBe(40); // the largest month fills the bar (capped at 40)
    expect(bars[0]).toBe(20); // half of it
    expect(bars[1]).toBe(0);
    expect(bars[3]).toBeGreaterThanOrEqual(1); // small but not nothing
    expect(lines[0]).toMatch(/^2026-09 {2}█{20} +HK\$120\.00 {2}3 orders$/);
    expect(lines[1]).toMatch(/^2026-10 +—$/);
    expect(lines[2]).toContain('HK$240.00  5 orders');
  });

  it.each([40, 30, 24, 20, 12])('at %i columns never wider: the orders go first, then the bars', (width) => {
    const lines = monthChart(en, 'en', MONTHS, width);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(Math.max(width, '2026-11  HK$240.00'.length));
    if (width <= 24) expect(lines.join('\n')).not.toContain('orders');
    if (width <= 20) expect(lines.join('\n')).not.toContain('█');
  });

  it('several currencies: one block each, bars compared within a currency', () => {
    const lines = monthChart(en, 'en', [
      { month: '2026-11', totals: [hkd(10_000), { minor: 500, currency: 'USD' }], orders: 2 },
      { month: '2026-12', totals: [hkd(5_000)], orders: 1 },
    ], 60);
    expect(lines[0]).toBe('HKD');
    expect(lines[3]).toBe('USD');
    expect((lines[1]?.match(/█+/)?.[0] ?? '').length).toBe(2 * (lines[2]?.match(/█+/)?.[0] ?? '').length);
    expect(lines[4]).toMatch(/^2026-11 {2}█+ +\$5\.00$/);
    expect(lines[5]).toMatch(/^2026-12 +—$/);
  });

  it('Chinese counts stay within the width (wide characters count two)', () => {
    for (const line of monthChart(zhCN, 'zh-CN', MONTHS, 50)) expect(displayWidth(line)).toBeLessThanOrEqual(50);
  });
});
