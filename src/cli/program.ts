// The command tree: every command, flag and help text, and nothing else. Building it loads only commander and
// the command definitions; implementations load when a command runs.

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

export interface ProgramOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
}

export function buildProgram(t: Messages, dispatch: Dispatch, output: ProgramOutput): Command {
  const program = new Command('leb')
    .description(t['help.program'])
    .version(VERSION, '-V, --version', t['help.opt.version'])
    .helpOption('-h, --help', t['help.opt.help'])
    .helpCommand('help [command]', t['help.cmd.help'])
    .configureHelp(helpConfiguration(t))
    .option('--json', t['help.opt.json'])
    .option('--account <name>', t['help.opt.account'])
    .option('--sandbox', t['help.opt.sandbox'])
    .option('--no-input', t['help.opt.noInput'])
    .option('-y, --yes', t['help.opt.yes'])
    .option('--no-color', t['help.opt.noColor'])
    .addOption(new Option('--lang <lang>', t['help.opt.lang']))
    .option('--timeout <seconds>', t['help.opt.timeout'])
    .option('--debug', t['help.opt.debug'])
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: output.writeOut, writeErr: output.writeErr, outputError: () => {} });
  // Set before the commands are defined so they inherit it: errors are thrown to main, never printed here.
  program.exitOverride();
  defineStatus(program, t, dispatch);
  definePlans(program, t, dispatch);
  defineTopup(program, t, dispatch);
  defineRenew(program, t, dispatch);
  defineHistory(program, t, dispatch);
  defineReconcile(program, t, dispatch);
  defineCheck(program, t, dispatch);
  defineRemind(program, t, dispatch);
  defineLine(program, t, dispatch);
  defineCarriers(program, t, dispatch);
  defineKeep(program, t, dispatch);
  defineAutopilot(program, t, dispatch);
  defineConfig(program, t, dispatch);
  defineAccount(program, t, dispatch);
  defineSandbox(program, t, dispatch);
  withExamples(program, t['help.examples'], ['leb --sandbox status', 'leb status', 'leb topup', 'leb check || echo "a line needs attention"']);
  return program;
}
