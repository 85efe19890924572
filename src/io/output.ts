// Writing results: JSON for scripts, a bordered table for people on a terminal, tab-separated text when piped.

import type { Context } from '../context.js';
import { writeAll } from './streams.js';

export function printJson(ctx: Context, data: unknown): Promise<void> {
  return writeAll(ctx.io.stdout, `${JSON.stringify(data, null, 2)}\n`);
}

export function printText(ctx: Context, text: string): Promise<void> {
  return writeAll(ctx.io.stdout, text.endsWith('\n') ? text : `${text}\n`);
}

/** A table of already-formatted cells: borders on a terminal, plain tab-separated rows otherwise. */
export async function renderTable(ctx: Context, head: string[], rows: string[][]): Promise<string> {
  if (!ctx.io.stdoutIsTTY) {
    const strip = (cell: string) => cell.replace(/\u001b\[[0-9;]*m/g, '').replace(/\t/g, ' ');
    return [head, ...rows].map((row) => row.map(strip).join('\t')).join('\n');
  }
  const { default: Table } = await import('cli-table3');
  const table = new Table({ head: head.map((h) => ctx.color.out.bold(h)), style: { head: [], border: [] } });
  table.push(...rows);
  return table.toString();
}
