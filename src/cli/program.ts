// The command tree: every command, flag and help text, and nothing else. Building it loads only commander and
// the command definitions; implementations load when a command runs. A run that names its command defines only
// that command's subtree (a few per cent of a start was commander building all of them); help for the program,
// `help <command>` and a mistyped command still see every command.

import { Command, Option } from 'commander';
import type { Messages } from '../io/messages/index.js';
import { VERSION } from '../version.js';
import { withExamples, type Dispatch } from '../commands/invocation.js';
import { helpConfiguration } from './help-words.js';
import { defineStatus } from '../commands/status/status.command.js';
import { definePlans } from '../commands/plans/plans.command.js';
import { defineAccount } from '../commands/account/account.command.js';
import { defineSandbox } from '../commands/sandbox/sandbox.command.js';
import { defineTopup } from '../commands/topup/topup.command.js';
import { defineRenew } from '../commands/renew/renew.command.js';
import { defineHistory } from '../commands/history/history.command.js';
import { defineReconcile } from '../commands/reconcile/reconcile.command.js';
import { defineCheck } from '../commands/check/check.command.js';
import { defineRemind } from '../commands/remind/remind.command.js';
import { defineLine } from '../commands/line/line.command.js';
import { defineConfig } from '../commands/config/config.command.js';
import { defineCarriers } from '../commands/carriers/carriers.command.js';
import { defineKeep } from '../commands/keep/keep.command.js';
import { defineAutopilot } from '../commands/autopilot/autopilot.command.js';
import type { CommandName } from './command-names.js';
import { help } from '../io/messages/help-keys.js';

export interface ProgramOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  /** Columns of the terminal help goes to; none, or null, means 80. Commander would ask process.stdout itself. */
  outColumns?: number | null;
  errColumns?: number | null;
}

type Define = (program: Command, t: Messages, dispatch: Dispatch) => void;

/**
 * Every top-level command, in the order help lists them, by the name its definition gives it. A new command is
 * one more row here and one more name in command-names.ts (test/cli/program.test.ts checks that each row
 * defines the command it names, and nothing else, and that the rows follow COMMAND_NAMES).
 */
export const COMMANDS: readonly (readonly [CommandName, Define])[] = [
  ['status', defineStatus],
  ['plans', definePlans],
  ['topup', defineTopup],
  ['renew', defineRenew],
  ['history', defineHistory],
  ['reconcile', defineReconcile],
  ['check', defineCheck],
  ['remind', defineRemind],
  ['line', defineLine],
  ['carriers', defineCarriers],
  ['keep', defineKeep],
  ['autopilot', defineAutopilot],
  ['config', defineConfig],
  ['account', defineAccount],
  ['sandbox', defineSandbox],
];

/**
 * The top-level command `argv` runs, when that is certain before parsing: its first word, after nothing but the
 * program's own options (and their values), or the word after `help`. null otherwise (no command, one that does
 * not exist, or an option the program does not know before it, which commander treats differently): then
 * every command must be defined, for help, suggestions and commander's own handling to be what they always are.
 */
export function namedCommand(program: Command, argv: readonly string[]): string | null {
  const known = new Map<string, boolean>();
  for (const option of program.options) {
    for (const flag of [option.long, option.short]) if (flag) known.set(flag, option.required || option.optional);
  }
  const isCommand = (word: string | undefined) => (word !== undefined && COMMANDS.some(([name]) => name === word) ? word : null);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === 'help') return isCommand(argv[i + 1]);
    if (!arg.startsWith('-') || arg === '-') return isCommand(arg);
    const [flag = arg, value] = arg.split(/=(.*)/s);
    const takesValue = known.get(flag);
    if (takesValue === undefined || (value !== undefined && !takesValue)) return null;
    if (takesValue && value === undefined) i++;
  }
  return null;
}

/** The program; given `argv`, only the command it names is defined when it names one (see namedCommand). */
export function buildProgram(t: Messages, dispatch: Dispatch, output: ProgramOutput, argv: readonly string[] | null = null): Command {
  const program = new Command('leb')
    .description(help['help.program'])
    .version(VERSION, '-V, --version', help['help.opt.version'])
    .helpOption('-h, --help', help['help.opt.help'])
    .helpCommand('help [command]', help['help.cmd.help'])
    .configureHelp(helpConfiguration(t))
    .option('--json', help['help.opt.json'])
    .option('--account <name>', help['help.opt.account'])
    .option('--sandbox', help['help.opt.sandbox'])
    .option('--no-input', help['help.opt.noInput'])
    .option('-y, --yes', help['help.opt.yes'])
    .option('--no-color', help['help.opt.noColor'])
    .addOption(new Option('--lang <lang>', help['help.opt.lang']))
    .option('--timeout <seconds>', help['help.opt.timeout'])
    .option('--debug', help['help.opt.debug'])
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      outputError: () => {},
      getOutHelpWidth: () => output.outColumns ?? 80,
      getErrHelpWidth: () => output.errColumns ?? 80,
      // Help is never coloured.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  // Set before the commands are defined so they inherit it: errors are thrown to main, never printed here.
  program.exitOverride();
  const named = argv === null ? null : namedCommand(program, argv);
  for (const [name, define] of COMMANDS) if (named === null || named === name) define(program, t, dispatch);
  withExamples(program, t, ['leb --sandbox status', 'leb status', 'leb topup', 'leb check || echo "a line needs attention"']);
  return program;
}
