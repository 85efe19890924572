// The line picker (src/app/pick-line.ts): up to 10 lines it is a list with the most urgent first; from 11 on it
// is a search that filters as the person types (number, label, id, alias) and Enter before typing still takes
// the most urgent line. Driven with the scripted prompter; test/e2e/pick-line.pty.test.ts types into the real one.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineMatchesTyped } from '../../src/app/pick-line.js';
import type { LineStatus } from '../../src/providers/port.js';
import { runCli, tempHome, type RunOptions } from '../helpers/cli.js';
import { DEFAULT, scriptedPrompter, typed } from '../helpers/prompter.js';
import { trackLines } from '../helpers/tracked-lines.js';

const NOW = new Date('2026-12-02T04:00:00Z');

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home, now: NOW, ...extra });

async function pick(prompter: ReturnType<typeof scriptedPrompter>): Promise<string> {
  const result = await run(['plans', '--until', '2027-03-31', '--json'], { tty: true, prompter });
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { line: string }).line;
}

describe('the line picker with many lines', () => {
  it('is a search; Enter before typing takes the most urgent line', async () => {
    await trackLines(home, 12);
    const prompter = scriptedPrompter([DEFAULT]);
    expect(await pick(prompter)).toBe('tl_85291234500');
    expect(prompter.calls.map((c) => c.kind)).toEqual(['search']);
    expect(prompter.calls[0]!.choices).toHaveLength(12);
  });

  it.each([
    ['the label, any case', 'mrs chan', 'tl_85291234507'],
    ['part of the label', 'Client 11', 'tl_85291234511'],
    ['digits written with spaces', '9123 4509', 'tl_85291234509'],
    ['the number with + and dashes', '+852-9123-4503', 'tl_85291234503'],
    ['part of the id', '4510', 'tl_85291234510'],
  ])('typing %s picks that line', async (_what, text, line) => {
    await trackLines(home, 12);
    const prompter = scriptedPrompter([typed(text)]);
    expect(await pick(prompter)).toBe(line);
    expect(prompter.calls[0]!.searches?.[0]?.matched.map((c) => (c.value as { status: { id: string } }).status.id)).toEqual([line]);
  });

  it('what matches nothing is said in the user language; typing again finds the line', async () => {
    await trackLines(home, 12);
    const prompter = scriptedPrompter([typed('nobody', 'chan')]);
    const result = await run(['--lang', 'zh-CN', 'plans', '--until', '2027-03-31', '--json'], { tty: true, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { line: string }).line).toBe('tl_85291234507');
    expect(prompter.calls[0]!.searches?.[0]).toEqual({ typed: 'nobody', matched: [], noMatch: '没有线路匹配“nobody”；按退格键修改' });
  });

  it('with 10 lines or fewer it stays a list, most urgent first', async () => {
    await trackLines(home, 10);
    const prompter = scriptedPrompter([DEFAULT]);
    expect(await pick(prompter)).toBe('tl_85291234500');
    expect(prompter.calls.map((c) => c.kind)).toEqual(['select']);
    expect(prompter.calls[0]!.choices?.[7]?.name).toContain('[Mrs Chan]');
  });
});

describe('lineMatchesTyped', () => {
  const status = { id: 'ln_abc123', number: '+85291234567', iccid: '8985200001234567890', alias: 'Work backup' } as LineStatus;
  const view = { target: { name: 'hk', kind: 'http' as const, account: null }, status, label: 'ACME Ltd' };
  it.each([
    ['ln_abc', true], ['hk/ln_abc123', true], ['ABC', true], ['+852 9123-4567', true], ['(852) 9123', true], ['91234567', true],
    ['898520000', true], ['work', true], ['acme ltd', true], ['acme work', true], ['acme 9123', true],
    ['acme zzz', false], ['9999', false], ['other', false],
  ])('%s → %s', (text, expected) => {
    expect(lineMatchesTyped(text, view)).toBe(expected);
  });
});
