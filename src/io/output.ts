// Writing results: JSON for scripts, a bordered table for people on a terminal, tab-separated text when piped.

import type { Context } from '../context.js';
import { writeAll } from './streams.js';
import { displayWidth } from './width.js';

export function printJson(ctx: Context, data: unknown): Promise<void> {
  return writeAll(ctx.io.stdout, `${JSON.stringify(data, null, 2)}\n`);
}

export function printText(ctx: Context, text: string): Promise<void> {
  return writeAll(ctx.io.stdout, text.endsWith('\n') ? text : `${text}\n`);
}

export interface TableOptions {
  /** Column indexes to drop, first to last, while the table is wider than the terminal. */
  dropOrder?: number[];
}

/** Width of a bordered table: each column's widest cell, one space either side, one border between. */
function tableWidth(head: string[], rows: string[][], keep: number[]): number {
  return keep.reduce((sum, col) => sum + 3 + Math.max(...[head, ...rows].map((row) => displayWidth(row[col] ?? ''))), 1);
}

/** A table of already-formatted cells: borders on a terminal, plain tab-separated rows otherwise. */
export async function renderTable(ctx: Context, head: string[], rows: string[][], options: TableOptions = {}): Promise<string> {
  if (!ctx.io.stdoutIsTTY) {
    const strip = (cell: string) => cell.replace(/\u001b\[[0-9;]*m/g, '').replace(/\t/g, ' ');
    return [head, ...rows].map((row) => row.map(strip).join('\t')).join('\n');
  }
  // On a narrow terminal, drop the least important columns rather than wrap every row.
  let keep = head.map((_, index) => index);
  for (const drop of options.dropOrder ?? []) {
    if (ctx.io.columns === null || tableWidth(head, rows, keep) <= ctx.io.columns) break;
    keep = keep.filter((index) => index !== drop);
  }
  const pick = (row: string[]) => keep.map((index) => row[index] ?? '');
  const { default: Table } = await import('cli-table3');
  const table = new Table({ head: pick(head).map((h) => ctx.color.out.bold(h)), style: { head: [], border: [], compact: true } });
  table.push(...rows.map(pick));
  return table.toString();
}
