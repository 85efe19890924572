// English messages of leb check: the lines at risk, the --exec hook. Merged into en.ts.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const checkEn = {
  'help.check': 'for cron: print the lines at risk; exit 0 (all well), 10 (inside the warning window) or 11 (expired, in grace or recycled)',
  'help.check.warnDays': 'warning window in days (default: the warn-days setting, 14)',
  'help.check.exec': 'run this shell command once per line at risk, with the details in LEB_* environment variables (default: the exec setting)',
  'help.check.noExec': 'do not run the exec command from the settings',
  'help.check.more': [
    'Prints nothing when all is well (with --json: []). Exit codes: 0 all well, 10 a line is inside the',
    'warning window, 11 a line is expired, in grace or recycled; 4 or 5 when an account could not be read',
    '(11 still wins). The --exec command runs through the shell once per line at risk, most urgent first, with',
    'LEB_LINE, LEB_ACCOUNT, LEB_PROVIDER, LEB_NUMBER, LEB_ICCID, LEB_ALIAS, LEB_LABEL, LEB_NOTE, LEB_STATE, LEB_RISK, LEB_DAYS_LEFT,',
    'LEB_EXPIRES_AT, LEB_NUMBER_KEPT_UNTIL, LEB_BALANCE, LEB_CURRENCY and LEB_MESSAGE set (never secrets).',
    'Its output goes to stderr. A command that fails is reported on stderr and does not change the exit code.',
  ].join('\n'),
  'check.invalidWarnDays': (value: string) => `--warn-days "${value}" is not a whole number of days from 0 to 365; e.g. --warn-days 14`,
  'check.msg.warning': (who: string, days: number, expires: string, kept: string, command: string) =>
    `${who}: ${days === 0 ? 'expires today' : `expires in ${plural(days, 'day', 'days')}`} (${expires}); number kept until ${kept}. Renew: ${command}`,
  'check.msg.grace': (who: string, daysAgo: number, kept: string, command: string) =>
    `${who}: expired ${plural(daysAgo, 'day', 'days')} ago; in grace, the number is recycled after ${kept}. Renew now: ${command}`,
  'check.msg.expired': (who: string, expires: string, command: string) => `${who}: expired on ${expires}. Renew: ${command}`,
  'check.msg.recycled': (who: string) => `${who}: the number has been recycled and can no longer be kept`,
  'check.execFailed': (line: string, detail: string) => `--exec command for ${line} failed: ${detail}`,
  'check.execExit': (code: number) => `exit code ${code}`,
  'check.execSignal': (signal: string) => `killed by ${signal}`,
  'check.execTimeout': (seconds: number) => `still running after ${seconds} s, stopped`,
} as const;
