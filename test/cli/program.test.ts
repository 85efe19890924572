// The command tree built for one run (src/cli/program.ts): a run that names its command defines only that
// command, and nothing a user sees may differ from the whole tree: help, errors, suggestions, what runs.

import { COMMAND_NAMES } from '../../src/cli/command-names.js';
import { CommanderError, type Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, buildProgram, namedCommand } from '../../src/cli/program.js';
import { messagesFor } from '../../src/io/messages/index.js';

const en = messagesFor('en');

/** Parse `argv` with the whole tree (null) or the one built for it: everything written, thrown and dispatched. */
async function outcome(argv: string[], forArgv: string[] | null) {
  const written: string[] = [];
  const dispatched: unknown[] = [];
  const program = buildProgram(
    en,
    async (invocation) => void dispatched.push({ name: invocation.name, options: invocation.options }),
    { writeOut: (text) => written.push(`out:${text}`), writeErr: (text) => written.push(`err:${text}`) },
    forArgv,
  );
  let thrown: unknown = null;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    thrown = error instanceof CommanderError ? { code: error.code, message: error.message } : String(error);
  }
  return { written, dispatched, thrown };
}

const names = (program: Command) => program.commands.map((command) => command.name());

describe('the command tree for one run', () => {
  it('defines every command, in the order of COMMANDS, when no argv is given', () => {
    expect(names(buildProgram(en, async () => {}, { writeOut() {}, writeErr() {} }))).toEqual(COMMANDS.map(([name]) => name));
  });

  it('COMMANDS has a row for every name the start-up cache knows (cli/command-names.ts), in the same order', () => {
    expect(COMMANDS.map(([name]) => name)).toEqual([...COMMAND_NAMES]);
  });

  it.each(COMMANDS.map(([name]) => name))('"leb %s ..." defines that command alone', (name) => {
    expect(names(buildProgram(en, async () => {}, { writeOut() {}, writeErr() {} }, [name, '--json']))).toEqual([name]);
  });

  it.each([
    [['status'], 'status'],
    [['--json', '--account', 'hk', 'status'], 'status'],
    [['--account=hk', '--lang', 'zh-CN', '--timeout', '5', '-y', 'topup'], 'topup'],
    [['help', 'account'], 'account'],
    [['--sandbox', 'plans', '--until', '2027-01-01'], 'plans'],
    [[], null],
    [['--help'], null],
    [['--help', 'status'], null],
    [['--bogus', 'status'], null],
    [['--json=yes', 'status'], null],
    [['nope'], null],
    [['help'], null],
    [['help', 'nope'], null],
    [['--account'], null],
  ] as const)('%j names %s', (argv, expected) => {
    expect(namedCommand(buildProgram(en, async () => {}, { writeOut() {}, writeErr() {} }, []), argv)).toBe(expected);
  });

  it.each([
    ['--help'],
    ['status', '--help'],
    ['help', 'status'],
    ['help', 'account'],
    ['account', '--help'],
    ['account', 'add', '--help'],
    ['account', 'lst'],
    ['--json', 'status', '--help'],
    ['--help', 'status'],
    ['--bogus', 'status'],
    ['nope'],
    ['statu'],
    ['help', 'nope'],
    ['status', 'extra'],
    ['--timeout', '5', 'status', '--bogus'],
    ['--lang=zh-CN', 'plans', '--help'],
    ['-y', 'topup', '--help'],
    ['--account', 'hk', 'status', '--json', '--line', 'x'],
    ['--sandbox', 'plans', '--line', 'x'],
    ['line', 'rm', '--help'],
    ['sandbox'],
    ['--', 'status'],
  ])('leb %s: the same help, errors and dispatch as with every command defined', async (...argv) => {
    expect(await outcome(argv, argv)).toEqual(await outcome(argv, null));
  });
});
