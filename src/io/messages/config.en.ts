// English messages of leb config get|set|unset. Merged into en.ts.

export const configEn = {
  'help.config': 'show and change settings: warn-days (check\'s window) and exec (check\'s notification command)',
  'help.config.get': 'print the settings, or one of them',
  'help.config.set': 'change a setting: warn-days <0-365> or exec <command>',
  'help.config.unset': 'put a setting back to its default',
  'config.unknownKey': (key: string) => `unknown setting "${key}"; use warn-days or exec`,
  'config.invalidWarnDays': (value: string) => `warn-days "${value}" is not a whole number of days from 0 to 365; e.g. leb config set warn-days 7`,
  'config.emptyExec': 'exec must not be empty; to stop running a command use: leb config unset exec',
  'config.set': (key: string, value: string) => `Set ${key} to ${value}.`,
  'config.unset': (key: string) => `Reset ${key} to its default.`,
  'config.notSet': '(not set)',
} as const;
