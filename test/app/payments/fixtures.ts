// Shared set-up for payment tests: a temporary LEB_HOME with the embedded sandbox seeded at a fixed time.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charges } from '../../../src/providers/sandbox/carrier.js';
import { parseSandboxState } from '../../../src/providers/sandbox/state.js';
import { Journal } from '../../../src/store/journal.js';
import { runCli, type RunOptions } from '../../helpers/cli.js';

export const NOW = new Date('2026-11-22T04:00:00Z');

export interface DemoLine {
  line: string;
  state: string;
  daysLeft: number;
  expiresAt: string;
  balance: { amount: string; currency: string };
}

export async function demoLines(home: string): Promise<DemoLine[]> {
  const result = await runCli(['--sandbox', 'status', '--json'], { home, now: NOW });
  if (result.code !== 0) throw new Error(`status failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as DemoLine[];
}

/** The demo line inside 14 days, and the one in grace. */
export async function soonAndGrace(home: string): Promise<{ soon: DemoLine; grace: DemoLine }> {
  const lines = await demoLines(home);
  const soon = lines.find((l) => l.state === 'active' && l.daysLeft <= 14);
  const grace = lines.find((l) => l.state === 'grace');
  if (!soon || !grace) throw new Error('demo lines missing');
  return { soon, grace };
}

export function sandboxCharges(home: string) {
  const state = parseSandboxState(JSON.parse(readFileSync(join(home, 'sandbox', 'embedded.json'), 'utf8')), '');
  return charges(state);
}

export function sandboxJournal(home: string): Journal {
  return new Journal(join(home, 'sandbox', 'orders.jsonl'));
}

export function sandbox(argv: string[], options: RunOptions) {
  return runCli(['--sandbox', ...argv], { now: NOW, ...options });
}
