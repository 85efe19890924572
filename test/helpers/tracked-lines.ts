// Many tracked lines at once, for tests of what changes with the number of lines (the line picker).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './cli.js';

export const TRACKED_NOW = new Date('2026-12-02T04:00:00Z');

/** The calendar date `days` after `now` (UTC), as a date flag takes it. */
export function daysAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` tracked Hong Kong lines +85291234500, +85291234501, ...; line i expires i+10 days after `now`, so line 0
 * is the most urgent. Line 7 is labelled "Mrs Chan", the others "Client <i>".
 */
export async function trackLines(dir: string, count: number, now: Date = TRACKED_NOW): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => `+8529123${String(4500 + i)},cmhk-prepaid,${daysAfter(now, 10 + i)},,${i === 7 ? 'Mrs Chan' : `Client ${i}`},`);
  writeFileSync(join(dir, 'lines.csv'), `number,carrier,expires,lastActivity,label,note\n${rows.join('\n')}\n`);
  const imported = await runCli(['line', 'import', join(dir, 'lines.csv')], { home: dir, now });
  expect(imported.code, imported.stderr).toBe(0);
}

