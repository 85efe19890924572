// commander's help in the user's language: the descriptions leb's command definitions name by key
// (src/io/messages/help-keys.ts), its headings ("Usage:", "Options:", ...) and the choices and defaults it
// appends to option descriptions, which it would otherwise write in English. The words are looked up as help
// is drawn, so defining the commands, which every run does, reads no message.

import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Messages } from '../io/messages/index.js';
import { helpWords } from '../io/messages/help-keys.js';

/** Read only when help is drawn: every run configures help, few show it. */
export function helpConfiguration(t: Messages): HelpConfiguration {
  const say = (text: string | undefined) => helpWords(t, text ?? '');
  const titles = (): Record<string, string> => ({
    'Usage:': t['help.title.usage'],
    'Options:': t['help.title.options'],
    'Global Options:': t['help.title.globalOptions'],
    'Arguments:': t['help.title.arguments'],
    'Commands:': t['help.title.commands'],
  });
  // Each description is worded where commander asks for it, never written back: commander hands some items
  // over as fresh copies (the help option, when a command defines its own -h), so words put in place on
  // one copy could miss the one it prints.
  return {
    // Every command's help lists the global options it accepts (--json, --account, --sandbox, ...).
    showGlobalOptions: true,
    styleTitle: (title) => titles()[title] ?? title,
    commandDescription: (cmd: Command) => say(cmd.description()),
    subcommandDescription: (cmd: Command) => say(cmd.summary() || cmd.description()),
    argumentDescription(argument: Argument) {
      // commander's own wording of choices and defaults, around the argument's words.
      const worded: Argument = Object.assign(Object.create(argument) as Argument, { description: say(argument.description) });
      return Help.prototype.argumentDescription.call(this, worded);
    },
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t['help.choices'](option.argChoices.join(', ')));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extra.push(t['help.default'](option.defaultValueDescription ?? String(option.defaultValue)));
      }
      return [say(option.description), ...extra].filter(Boolean).join(' ');
    },
  };
}
