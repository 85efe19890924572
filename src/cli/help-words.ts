// commander's help in the user's language: the descriptions leb's command definitions name by key
// (src/io/messages/help-keys.ts), its headings ("Usage:", "Options:", ...) and the choices and defaults it
// appends to option descriptions, which it would otherwise write in English.

import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Messages } from '../io/messages/index.js';
import { helpWords } from '../io/messages/help-keys.js';

/**
 * Put the words in place of the keys in what the help of `cmd` shows: its description, options (global ones
 * too), subcommands and arguments. Done when help is drawn, so defining the commands reads no message.
 */
function wordDescriptions(cmd: Command, helper: Help, t: Messages): void {
  const say = (text: string) => helpWords(t, text);
  cmd.description(say(cmd.description()));
  for (const option of [...helper.visibleOptions(cmd), ...helper.visibleGlobalOptions(cmd)]) option.description = say(option.description ?? '');
  for (const sub of helper.visibleCommands(cmd)) sub.description(say(sub.description()));
  for (const argument of helper.visibleArguments(cmd)) argument.description = say(argument.description);
}

/** Read only when help is drawn: every run configures help, few show it. */
export function helpConfiguration(t: Messages): HelpConfiguration {
  const titles = (): Record<string, string> => ({
    'Usage:': t['help.title.usage'],
    'Options:': t['help.title.options'],
    'Global Options:': t['help.title.globalOptions'],
    'Arguments:': t['help.title.arguments'],
    'Commands:': t['help.title.commands'],
  });
  return {
    formatHelp(cmd, helper) {
      wordDescriptions(cmd, helper, t);
      return Help.prototype.formatHelp.call(helper, cmd, helper);
    },
    // Every command's help lists the global options it accepts (--json, --account, --sandbox, ...).
    showGlobalOptions: true,
    styleTitle: (title) => titles()[title] ?? title,
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t['help.choices'](option.argChoices.join(', ')));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extra.push(t['help.default'](option.defaultValueDescription ?? String(option.defaultValue)));
      }
      return [option.description, ...extra].filter(Boolean).join(' ');
    },
  };
}
