// English for what commander would otherwise say itself: help headings, the help and version options, and
// usage errors. Merged into en.ts.
export const cliEn = {
  'help.title.usage': 'Usage:',
  'help.title.options': 'Options:',
  'help.title.globalOptions': 'Global Options:',
  'help.title.arguments': 'Arguments:',
  'help.title.commands': 'Commands:',
  'help.opt.help': 'display help for command',
  'help.opt.version': 'output the version number',
  'help.cmd.help': 'display help for command',
  'help.choices': (list: string) => `(choices: ${list})`,
  'help.default': (value: string) => `(default: ${value})`,

  'usage.didYouMean': (names: string) => `(Did you mean ${names}?)`,
  'usage.or': ' or ',
  'usage.missingArgument': (name: string) => `missing required argument <${name}>`,
  'usage.optionMissingArgument': (flags: string) => `option ${flags} needs a value`,
  'usage.missingOption': (flags: string) => `required option ${flags} not given`,
  'usage.excessArguments': (command: string) => `too many arguments for "${command}"`,
  'usage.conflictingOption': (a: string, b: string) => `${a} cannot be used with ${b}`,
  'usage.invalidArgument': (flags: string, value: string, reason: string) => `${flags}: "${value}" is not valid: ${reason}`,
  'usage.choices': (list: string) => `use one of ${list}`,

  'prompt.yes': 'Yes',
  'prompt.no': 'No',
  'prompt.yesOrNo': (yes: string, no: string) => `answer "${yes}" or "${no}" (y or n)`,
  'prompt.key.navigate': 'navigate',
  'prompt.key.select': 'select',
  'prompt.key.toggle': 'show or hide',

  'usage.and': ' and ',
  'usage.jsonAndCsv': '--json and --csv cannot be used together; pick one',
  'noPrompt.no-input': 'with --no-input (or LEB_NO_INPUT)',
  'noPrompt.ci': 'under CI',
  'noPrompt.not-a-terminal': 'without a terminal (stdin, stdout and stderr must all be one to prompt)',
} as const;
