// Writing results: JSON for scripts, a table fitted to the terminal for people, tab-separated text when piped.

import type { ChalkInstance } from 'chalk';
import type { Messages } from './messages/index.js';
import { writeAll, type IO } from './streams.js';
import { fitTable, type FitOptions } from './table.js';
import { visibleKeepingColour } from '../domain/visible-text.js';

/** What writing results needs: stdout and stderr, whether stdout is a terminal and how wide, the colour
 * decisions, and the words for a note about hidden columns. Not the whole Context. */
export interface Output {
  io: Pick<IO, 'stdout' | 'stderr' | 'stdoutIsTTY' | 'columns'>;
  color: { out: ChalkInstance; err: ChalkInstance };
  t: Messages;
}

export function printJson(ctx: Output, data: unknown): Promise<void> {
  return writeAll(ctx.io.stdout, `${JSON.stringify(data, null, 2)}\n`);
}

export function printText(ctx: Output, text: string): Promise<void> {
  return writeAll(ctx.io.stdout, text.endsWith('\n') ? text : `${text}\n`);
}

export interface TableOptions extends Omit<FitOptions, 'width'> {
  /** What to say about hidden columns, for a command without --columns (default: name both flags). */
  hiddenNote?: (columns: string) => string;
}

export interface RenderedTable {
  text: string;
  /** Headings of the columns hidden to fit the terminal. */
  hidden: string[];
  /** Whether a column was cut short or hidden to fit. */
  squeezed: boolean;
}

/**
 * A table of already-formatted cells. On a terminal: borderless columns two spaces apart under a bold header,
 * fitted to the terminal's width (see table.ts). Piped: plain tab-separated rows, header first, never cut.
 */
export function layoutTable(ctx: Output, head: string[], formatted: string[][], options: TableOptions = {}): RenderedTable {
  // Cells carry values from elsewhere (aliases, labels, notes): only our own colour codes reach the terminal.
  const rows = formatted.map((row) => row.map(visibleKeepingColour));
  if (!ctx.io.stdoutIsTTY) {
    const strip = (cell: string) => cell.replace(/\u001b\[[0-9;]*m/g, '').replace(/\t/g, ' ');
    return { text: [head, ...rows].map((row) => row.map(strip).join('\t')).join('\n'), hidden: [], squeezed: false };
  }
  const fitted = fitTable(head, rows, { ...options, width: ctx.io.columns });
  const [header = '', ...body] = fitted.lines;
  return {
    text: [ctx.color.out.bold(header), ...body].join('\n'),
    hidden: fitted.hidden.map((col) => head[col] ?? ''),
    squeezed: fitted.squeezed,
  };
}

/** layoutTable's text; columns hidden to fit are named on stderr, with the flags that show them. */
export async function renderTable(ctx: Output, head: string[], rows: string[][], options: TableOptions = {}): Promise<string> {
  const table = layoutTable(ctx, head, rows, options);
  noteHidden(ctx, table.hidden, options.hiddenNote);
  return table.text;
}

export function noteHidden(ctx: Output, hidden: readonly string[], note: (columns: string) => string = ctx.t['table.hidden']): void {
  if (hidden.length > 0) ctx.io.stderr.write(`${ctx.color.err.dim(note(hidden.join(', ')))}\n`);
}
