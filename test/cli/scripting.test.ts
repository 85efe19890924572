// What scripts and people at a terminal can rely on: --json on every command, --json with --csv refused,
// no prompt unless stdin, stdout and stderr are all terminals, every missing flag named at once, and the
// reason worded as it is (--no-input is not "without a terminal").

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { bufferIO } from '../helpers/io.js';
import { runCli, tempHome, testEnv } from '../helpers/cli.js';
import { scriptedPrompter } from '../helpers/prompter.js';

const NOW = new Date('2026-11-22T04:00:00Z');

describe('scripting', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(argv, { home: home.home, now: NOW, ...extra });

  it.each([
    [['account', 'use', 'a'], { defaultAccount: 'a' }],
    [['account', 'remove', 'a', '--yes'], { removed: 'a', labels: 0, notes: 0, cachedLines: 0, trackedLines: 0, policies: 0, credentials: false }],
    [['sandbox', 'reset'], { reset: true }],
  ])('%j --json prints JSON on stdout', async (argv, expected) => {
    await run(['account', 'add', 'a', '--provider', 'sandbox']);
    const result = await run([...argv, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it.each([[['status']], [['history']]])('%j with --json and --csv is a usage error', async (argv) => {
    const result = await run(['--sandbox', ...argv, '--json', '--csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--json and --csv cannot be used together');
    expect(result.stdout).toBe('');
  });

  it('stdin and stdout on a terminal but stderr redirected to a file: no prompt, a usage error instead', async () => {
    const io = { ...bufferIO({ tty: true }), stderrIsTTY: false };
    const prompter = scriptedPrompter([]);
    const code = await main(['--sandbox', 'topup'], { io, env: testEnv(home.home), prompter, now: () => NOW, timeZone: 'Asia/Hong_Kong' });
    expect(code).toBe(2);
    expect(prompter.calls).toEqual([]);
    expect(io.err()).toContain('missing --line and --amount');
  });

  it('every missing flag is named at once', async () => {
    const topup = await run(['--sandbox', 'topup']);
    expect(topup.code).toBe(2);
    expect(topup.stderr).toContain('missing --line and --amount: without a terminal');
    const renew = await run(['--sandbox', 'renew']);
    expect(renew.stderr).toContain('missing --line and --plan');
  });

  it('--no-input on a terminal says --no-input, not "without a terminal"', async () => {
    const result = await run(['--sandbox', 'topup', '--no-input'], { tty: true, prompter: scriptedPrompter([]) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('with --no-input');
    expect(result.stderr).not.toContain('without a terminal');
    const ci = await run(['--sandbox', 'topup', '--amount', '50'], { tty: true, prompter: scriptedPrompter([]), env: { CI: '1' } });
    expect(ci.stderr).toContain('under CI');
  });
});

describe('account remove', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(argv, { home: home.home, now: NOW, ...extra });

  async function accountWithNotes(): Promise<string> {
    await run(['account', 'add', 'a', '--provider', 'sandbox']);
    const lines = JSON.parse((await run(['status', '--json'])).stdout) as { line: string }[];
    await run(['line', 'label', lines[0]!.line, 'Mum']);
    await run(['line', 'label', lines[1]!.line, 'Dad']);
    await run(['line', 'note', lines[1]!.line, 'renew in March']);
    return lines[0]!.line;
  }

  it('says what else it deletes (labels, notes, cached statuses) and asks, No by default', async () => {
    await accountWithNotes();
    const prompter = scriptedPrompter([false]);
    const result = await run(['account', 'remove', 'a'], { tty: true, prompter });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('This also deletes 2 line labels, 1 line note, 4 cached line statuses.');
    expect(prompter.calls[0]).toMatchObject({ kind: 'confirm', defaultValue: false });
    expect((await run(['account', 'list', '--json'])).stdout).toContain('"a"');
  });

  it('with --yes it removes them, the cached statuses too', async () => {
    await accountWithNotes();
    const result = await run(['account', 'remove', 'a', '--yes', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ removed: 'a', labels: 2, notes: 1, cachedLines: 4 });
    const cache = JSON.parse(readFileSync(join(home.home, 'cache', 'status.json'), 'utf8')) as { entries: { account: string }[] };
    expect(cache.entries.filter((e) => e.account === 'a')).toEqual([]);
  });

  it('without a terminal and without --yes: exit 2, the reason and what it would delete', async () => {
    await accountWithNotes();
    const result = await run(['account', 'remove', 'a']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('without a terminal');
    expect(result.stderr).toContain('2 line labels');
  });
});
