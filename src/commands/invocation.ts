// How a parsed command reaches its implementation. The command module turns flags into options and names the
// run module to load; main loads it only then (so `leb --help` never pays for it); tests capture the
// invocation to pin argv → options without running anything.

import type { Command } from 'commander';
import type { Context } from '../app/context.js';
import type { Messages } from '../io/messages/index.js';

export type Runner<O> = (ctx: Context, options: O) => Promise<number | void>;

export interface Invocation<O> {
  /** "status", "account add", ... */
  name: string;
  options: O;
  load: () => Promise<Runner<O>>;
  /** Ctrl-C is how this command ends normally (a server): its own exit code stands instead of 130. */
  endsOnCtrlC?: boolean;
}

export type Dispatch = <O>(invocation: Invocation<O>, command: Command) => Promise<void>;

/** Add "Examples:" to a command's --help. */
export function withExamples(command: Command, t: Messages, examples: readonly string[]): Command {
  // Worded when help is drawn, not when the command is defined (src/io/messages/help-keys.ts).
  return command.addHelpText('after', () => `\n${t['help.examples']}\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}
