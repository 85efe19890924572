import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('leb status', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('with no account says how to add one and how to try --sandbox, exit 4', async () => {
    const result = await runCli(['status'], { home: home.home, now: NOW });
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('leb account add');
    expect(result.stderr).toContain('leb --sandbox status');
  });

  it('--sandbox --json lists the demo lines most urgent first with the contract fields', async () => {
    const result = await runCli(['--sandbox', 'status', '--json'], { home: home.home, now: NOW });
    expect(result.code).toBe(0);
    const lines = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.map((l) => l.state)).toContain('grace');
    expect(lines[0]?.state).toBe('grace');
    for (const line of lines) {
      for (const key of ['account', 'provider', 'line', 'number', 'state', 'expiresAt', 'daysLeft', 'numberKeptUntil', 'balance', 'data', 'plan', 'fetchedAt']) {
        expect(line).toHaveProperty(key);
      }
    }
    const kept = lines.map((l) => Date.parse(String(l.numberKeptUntil)));
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
  });
});
