// Pure: cells → a borderless table that fits the terminal, the way gh prints one: columns two spaces apart, a
// bold header, and when the natural table is too wide, first the flexible columns are cut short with "…", then
// the least important columns are hidden (and named, so the caller can say so).

import { displayWidth } from './width.js';

const GAP = 2;
/** A cut column keeps at least this many columns of text (the ellipsis included). */
const MIN_CUT_WIDTH = 6;
const ANSI = /\u001b\[[0-9;]*m/g;

export interface FitOptions {
  /** The terminal's columns; null when unknown (nothing is cut or hidden). */
  width: number | null;
  /** Column indexes that may be hidden, least important first. */
  dropOrder?: readonly number[];
  /** Column indexes that may be cut short with "…"; by default every column. */
  shrink?: readonly number[];
  /** The least width a cut column keeps, by column index (say, room for the whole phone number). */
  minWidths?: Readonly<Record<number, number>>;
  /** Show every column in full, however wide. */
  wide?: boolean;
}

export interface FittedTable {
  /** One line per row, header first, without a trailing newline. */
  lines: string[];
  /** Indexes of the columns hidden to fit, in dropOrder order. */
  hidden: number[];
  /** Whether anything was cut or hidden. */
  squeezed: boolean;
}

/** `text` cut to at most `width` display columns, ending in "…" when cut. Colour is dropped from a cut cell. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text.replace(ANSI, '')) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function fitTable(head: readonly string[], rows: readonly (readonly string[])[], options: FitOptions): FittedTable {
  const all = head.map((_, index) => index);
  const natural = all.map((col) => Math.max(...[head, ...rows].map((row) => displayWidth(row[col] ?? ''))));
  const shrinkable = new Set(options.shrink ?? all);
  const least = (col: number) => Math.max(MIN_CUT_WIDTH, displayWidth(head[col] ?? ''), options.minWidths?.[col] ?? 0);
  const floor = (col: number) => (shrinkable.has(col) ? Math.min(natural[col] as number, least(col)) : (natural[col] as number));
  const total = (keep: readonly number[], widthOf: (col: number) => number) => keep.reduce((sum, col) => sum + widthOf(col), 0) + GAP * (keep.length - 1);

  let keep = all;
  const hidden: number[] = [];
  const limit = options.wide ? null : options.width;
  if (limit !== null) {
    // Hide only when cutting the flexible columns to their floor is not enough.
    for (const drop of options.dropOrder ?? []) {
      if (total(keep, floor) <= limit) break;
      keep = keep.filter((col) => col !== drop);
      hidden.push(drop);
    }
  }
  const widths = new Map(keep.map((col) => [col, natural[col] as number]));
  let squeezed = hidden.length > 0;
  if (limit !== null) {
    // Take one column at a time from the widest flexible column still above its floor.
    let excess = total(keep, (col) => widths.get(col) as number) - limit;
    while (excess > 0) {
      const candidates = keep.filter((col) => (widths.get(col) as number) > floor(col));
      if (candidates.length === 0) break;
      const widest = candidates.reduce((a, b) => ((widths.get(b) as number) > (widths.get(a) as number) ? b : a));
      widths.set(widest, (widths.get(widest) as number) - 1);
      excess--;
      squeezed = true;
    }
  }
  const line = (row: readonly string[]) =>
    keep
      .map((col, i) => {
        const cell = truncate(row[col] ?? '', widths.get(col) as number);
        return i === keep.length - 1 ? cell : padEnd(cell, widths.get(col) as number);
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return { lines: [head, ...rows].map(line), hidden, squeezed };
}
