// Shared by the command tests: a fixed clock, the sandbox's demo lines by alias, and JSON from a run.

import { expect } from 'vitest';
import { runCli, type CliResult, type RunOptions } from './cli.js';

/** 12:00 in Hong Kong, the sandbox carrier's zone. */
export const NOW = new Date('2026-11-22T04:00:00Z');

export type Json = Record<string, unknown>;

export function parseJson<T = Json[]>(result: CliResult): T {
  expect(result.stderr, 'stderr of a JSON run').not.toMatch(/^error:/m);
  return JSON.parse(result.stdout) as T;
}

/** The demo lines as `status --json` prints them, keyed by alias ("Personal", "Work backup", ...). */
export async function demoLines(options: RunOptions): Promise<Record<string, Json>> {
  const result = await runCli(['--sandbox', 'status', '--json'], options);
  expect(result.code).toBe(0);
  const lines = parseJson(result);
  return Object.fromEntries(lines.map((line) => [String(line.alias), line]));
}

export async function lineId(options: RunOptions, alias: string): Promise<string> {
  const line = (await demoLines(options))[alias];
  if (!line) throw new Error(`no demo line "${alias}"`);
  return String(line.line);
}
