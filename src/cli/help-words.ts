// commander's help in the user's language: its headings ("Usage:", "Options:", ...) and the choices and
// defaults it appends to option descriptions, which it would otherwise write in English.

import type { HelpConfiguration, Option } from 'commander';
import type { Messages } from '../io/messages/index.js';

export function helpConfiguration(t: Messages): HelpConfiguration {
  const titles: Record<string, string> = {
    'Usage:': t['help.title.usage'],
    'Options:': t['help.title.options'],
    'Global Options:': t['help.title.globalOptions'],
    'Arguments:': t['help.title.arguments'],
    'Commands:': t['help.title.commands'],
  };
  return {
    // Every command's help lists the global options it accepts (--json, --account, --sandbox, ...).
    showGlobalOptions: true,
    styleTitle: (title) => titles[title] ?? title,
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
