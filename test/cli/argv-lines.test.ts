// argv → options for the watch commands, without running anything: the program is built with a dispatch that
// only records what it was handed.

import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { Invocation } from '../../src/commands/invocation.js';
import { en } from '../../src/io/messages/en.js';
import { UsageError } from '../../src/errors.js';

async function parse(argv: string[]): Promise<{ name: string; options: unknown }> {
  let captured: Invocation<unknown> | null = null;
  const program = buildProgram(en, async (invocation) => void (captured = invocation as Invocation<unknown>), { writeOut: () => {}, writeErr: () => {} });
  await program.parseAsync(argv, { from: 'user' });
  if (captured === null) throw new Error('nothing dispatched');
  const { name, options } = captured as Invocation<unknown>;
  return { name, options };
}

async function usageError(argv: string[]): Promise<string> {
  try {
    await parse(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    // commander's own errors (missing argument, unknown option) are usage errors too (exit 2 in report.ts).
    if ((error as { code?: string }).code?.startsWith('commander.')) return (error as Error).message;
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('check: argv → options', () => {
  it.each([
    [['check'], { warnDays: null, exec: null }],
    [['check', '--warn-days', '7'], { warnDays: 7, exec: null }],
    [['check', '--warn-days', '0'], { warnDays: 0, exec: null }],
    [['check', '--warn-days=365'], { warnDays: 365, exec: null }],
    [['check', '--exec', 'notify-send "$LEB_MESSAGE"'], { warnDays: null, exec: 'notify-send "$LEB_MESSAGE"' }],
    [['check', '--no-exec'], { warnDays: null, exec: false }],
    [['check', '--exec', '  '], { warnDays: null, exec: null }],
  ])('%j', async (argv, options) => {
    expect(await parse(argv)).toEqual({ name: 'check', options });
  });

  it.each([['x'], ['-1'], ['366'], ['7.5'], ['1e2'], ['']])('--warn-days %j is exit 2 naming the flag', async (value) => {
    expect(await usageError(['check', `--warn-days=${value}`])).toContain('--warn-days');
  });
});

describe('remind: argv → options', () => {
  it.each([
    [['remind', '--ics', 'a.ics'], { ics: 'a.ics', warnDays: [30, 7, 1] }],
    [['remind', '--ics', '-'], { ics: '-', warnDays: [30, 7, 1] }],
    [['remind', '--ics', 'a.ics', '--warn-days', '1,7,30,7'], { ics: 'a.ics', warnDays: [30, 7, 1] }],
    [['remind', '--ics', 'a.ics', '--warn-days', '0'], { ics: 'a.ics', warnDays: [0] }],
    [['remind', '--ics', 'a.ics', '--warn-days', ' 14 , 2 '], { ics: 'a.ics', warnDays: [14, 2] }],
  ])('%j', async (argv, options) => {
    expect(await parse(argv)).toEqual({ name: 'remind', options });
  });

  it.each([[''], ['7,'], ['7,,1'], ['a'], ['7,-1'], ['-7'], ['1.5'], ['400'], ['７']])('--warn-days %j is exit 2', async (value) => {
    expect(await usageError(['remind', '--ics', 'a.ics', `--warn-days=${value}`])).toContain('--warn-days');
  });

  it('needs --ics', async () => {
    expect(await usageError(['remind'])).toContain('--ics');
  });
});

describe('plans --until: argv → options', () => {
  it.each([
    [['plans'], { line: null, until: null, wide: false }],
    [['plans', '--line', 'ln_1', '--until', '2027-12-31'], { line: 'ln_1', until: '2027-12-31', wide: false }],
    [['plans', '--until', '2028-02-29', '--wide'], { line: null, until: '2028-02-29', wide: true }],
  ])('%j', async (argv, options) => {
    expect(await parse(argv)).toEqual({ name: 'plans', options });
  });

  it.each([['2026-02-30'], ['2027-02-29'], ['2027-1-1'], ['31/12/2027'], ['tomorrow'], ['2027-12-31T00:00'], ['']])(
    '--until %j is exit 2 naming the flag',
    async (value) => {
      expect(await usageError(['plans', `--until=${value}`])).toContain('--until');
    },
  );
});

describe('line label / note: argv → options', () => {
  it.each([
    [['line', 'label', 'ln_1', 'Customer 12'], 'line label', { field: 'label', line: 'ln_1', text: 'Customer 12' }],
    [['line', 'label', 'ln_1', '  padded  '], 'line label', { field: 'label', line: 'ln_1', text: 'padded' }],
    [['line', 'label', 'ln_1', ''], 'line label', { field: 'label', line: 'ln_1', text: null }],
    [['line', 'note', '+85291234567', 'owner: 陈先生'], 'line note', { field: 'note', line: '+85291234567', text: 'owner: 陈先生' }],
    [['line', 'note', 'ln_1', ''], 'line note', { field: 'note', line: 'ln_1', text: null }],
  ])('%j', async (argv, name, options) => {
    expect(await parse(argv)).toEqual({ name, options });
  });

  it('rejects control characters and overlong text', async () => {
    expect(await usageError(['line', 'label', 'ln_1', 'a\nb'])).toContain('one line');
    expect(await usageError(['line', 'label', 'ln_1', 'x'.repeat(65)])).toContain('at most 64');
    expect(await usageError(['line', 'note', 'ln_1', 'x'.repeat(501)])).toContain('at most 500');
  });

  it('needs both the line and the text', async () => {
    await usageError(['line', 'label', 'ln_1']);
  });
});

describe('config: argv → options', () => {
  it.each([
    [['config', 'get'], 'config get', { action: 'get', key: null }],
    [['config', 'get', 'warn-days'], 'config get', { action: 'get', key: 'warn-days' }],
    [['config', 'set', 'warn-days', '7'], 'config set', { action: 'set', key: 'warn-days', value: 7 }],
    [['config', 'set', 'exec', 'mail -s leb me'], 'config set', { action: 'set', key: 'exec', value: 'mail -s leb me' }],
    [['config', 'unset', 'exec'], 'config unset', { action: 'unset', key: 'exec' }],
  ])('%j', async (argv, name, options) => {
    expect(await parse(argv)).toEqual({ name, options });
  });

  it.each([
    [['config', 'set', 'warn-days', 'x'], 'warn-days'],
    [['config', 'set', 'warn-days', '-1'], 'warn-days'],
    [['config', 'set', 'warn-days', '366'], 'warn-days'],
    [['config', 'set', 'exec', ' '], 'exec'],
    [['config', 'set', 'colour', 'red'], 'colour'],
    [['config', 'get', 'colour'], 'colour'],
    [['config', 'unset', 'colour'], 'colour'],
  ])('%j is exit 2', async (argv, named) => {
    expect(await usageError(argv)).toContain(named);
  });
});
