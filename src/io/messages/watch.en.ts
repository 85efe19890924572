// English messages for the watch area: check, remind, plans --until, line labels and notes, config, and the
// reseller's view of status (filters, footer, CSV, offline cache). Merged into en.ts.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const watchEn = {
  // Help
  'help.check': 'for cron: print the lines at risk; exit 0 (all well), 10 (inside the warning window) or 11 (expired, in grace or recycled)',
  'help.check.warnDays': 'warning window in days (default: the warn-days setting, 14)',
  'help.check.exec': 'run this shell command once per line at risk, with the details in LEB_* environment variables (default: the exec setting)',
  'help.check.noExec': 'do not run the exec command from the settings',
  'help.check.more': [
    'Prints nothing when all is well (with --json: []). Exit codes: 0 all well, 10 a line is inside the',
    'warning window, 11 a line is expired, in grace or recycled; 4 or 5 when an account could not be read',
    '(11 still wins). The --exec command runs through the shell once per line at risk, most urgent first, with',
    'LEB_LINE, LEB_ACCOUNT, LEB_NUMBER, LEB_ALIAS, LEB_LABEL, LEB_NOTE, LEB_STATE, LEB_RISK, LEB_DAYS_LEFT,',
    'LEB_EXPIRES_AT, LEB_NUMBER_KEPT_UNTIL, LEB_BALANCE, LEB_CURRENCY and LEB_MESSAGE set (never secrets).',
    'Its output goes to stderr. A command that fails is reported on stderr and does not change the exit code.',
  ].join('\n'),
  'help.remind': 'write calendar reminders (iCalendar .ics) before each line\'s keep-number deadline',
  'help.remind.ics': 'the .ics file to write, or - for stdout; written 0600 like every file leb writes, replaced atomically',
  'help.remind.warnDays': 'days before the deadline, comma-separated (default 30,7,1)',
  'help.remind.more': [
    'One all-day event per line and lead time, before the date the carrier would recycle the number, with the',
    'command to run in its description. Reminders already in the past are left out; recycled lines get none.',
    'Event UIDs are stable, so importing the file again updates the events instead of duplicating them.',
    'The file is created 0600 (readable only by you), even though you chose where it goes.',
  ].join('\n'),
  'help.plans.until': 'the cheapest renewals and top-ups that keep the line active through this date (YYYY-MM-DD, your time zone)',
  'help.line': 'track lines no provider reports (add, confirm, touch, remove, import), and label lines and keep notes on them',
  'help.line.label': 'set a line\'s label, shown by status (empty text clears it)',
  'help.line.note': 'set a line\'s note (empty text clears it)',
  'help.config': 'show and change settings: warn-days (check\'s window) and exec (check\'s notification command)',
  'help.config.get': 'print the settings, or one of them',
  'help.config.set': 'change a setting: warn-days <0-365> or exec <command>',
  'help.config.unset': 'put a setting back to its default',
  'help.status.expiringWithin': 'only lines whose service ends within N days (14d or 14), or has ended and the number is not yet recycled',
  'help.status.state': 'only lines in these states (comma-separated): active, grace, expired, recycled, inactive, unknown',
  'help.status.label': 'only lines whose label contains this text (any case)',
  'help.status.csv': 'print CSV (RFC 4180) instead of a table',
  'help.status.offline': 'show the last fetched status without asking the provider',

  // Shared by check and remind
  'watch.invalidWarnDays': (value: string) => `--warn-days "${value}" is not a whole number of days from 0 to 365; e.g. --warn-days 14`,
  'watch.age': (ms: number) => {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1) return 'less than a minute';
    if (minutes < 60) return plural(minutes, 'minute', 'minutes');
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return plural(hours, 'hour', 'hours');
    return plural(Math.floor(hours / 24), 'day', 'days');
  },

  // check
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

  // remind
  'remind.icsMissing': 'missing --ics: name the file to write, or - for stdout; e.g. leb remind --ics ~/leb.ics',
  'remind.invalidWarnDays': (value: string) =>
    `--warn-days "${value}" must be whole numbers of days from 0 to 365, comma-separated; e.g. --warn-days 30,7,1`,
  'remind.jsonWithStdout': '--json cannot be used with --ics -: the calendar itself goes to stdout',
  'remind.noDir': (dir: string) => `cannot write the calendar: the directory ${dir} does not exist`,
  'remind.notRegular': (file: string, what: string) => `--ics ${file} is ${what}; leb writes calendars only to regular files: give another path`,
  'remind.cannotWrite': (file: string, reason: string) => `cannot write ${file}: ${reason}`,
  'remind.wrote': (events: number, lines: number, file: string) =>
    `Wrote ${plural(events, 'reminder', 'reminders')} for ${plural(lines, 'line', 'lines')} to ${file} (mode 0600).`,
  'remind.summary': (who: string, daysBefore: number) =>
    daysBefore === 0 ? `Last day to keep ${who}` : `${plural(daysBefore, 'day', 'days')} left to keep ${who}`,
  'remind.description': (who: string, account: string, kept: string, expires: string, command: string) =>
    [
      `${who} (account ${account}).`,
      `Service expires ${expires}; the carrier recycles the number after ${kept}.`,
      `To keep it, run: ${command}`,
      'Or see the options: leb status, leb plans',
    ].join('\n'),

  // plans --until
  'plans.until.invalid': (value: string) => `--until "${value}" is not a date; use YYYY-MM-DD, e.g. --until 2027-12-31`,
  'plans.until.tooFar': (value: string, years: number, horizon: string) =>
    `--until ${value} is too far ahead: leb plans at most ${years} years ahead (until ${horizon}); pick that date or an earlier one`,
  'plans.until.past': (value: string, today: string) => `--until ${value} is in the past (today is ${today}); pick today or a later date`,
  'plans.until.recycled': (line: string) => `${line}: the number has been recycled; no renewal or top-up can bring it back`,
  'plans.until.impossible': (line: string) => `${line}: the provider offers no renewal or top-up that extends this line's validity`,
  'plans.until.col.date': 'Act by',
  'plans.until.col.action': 'Action',
  'plans.until.col.plan': 'Plan',
  'plans.until.col.amount': 'Amount',
  'plans.until.col.extendsTo': 'Expires after',
  'plans.until.action.renew': 'renew',
  'plans.until.action.topup': 'top up',
  'plans.until.total': (total: string, steps: number, kept: string) =>
    `Total ${total} in ${plural(steps, 'step', 'steps')}; number kept until ${kept}.`,
  'plans.until.nothing': (line: string, until: string, expires: string, kept: string) =>
    `${line} is already active through ${until} (expires ${expires}); nothing to pay. Number kept until ${kept}.`,

  // line label / note
  'line.tooLong': (what: string, max: number) => `the ${what} is too long: at most ${max} characters`,
  'line.control': (what: string) => `the ${what} must be one line of text without control characters`,
  'line.labelSet': (line: string, label: string) => `Labelled ${line}: ${label}`,
  'line.labelCleared': (line: string) => `Cleared the label of ${line}.`,
  'line.noteSet': (line: string) => `Saved the note on ${line}.`,
  'line.noteCleared': (line: string) => `Cleared the note on ${line}.`,
  'line.what.label': 'label',
  'line.what.note': 'note',

  // config
  'config.unknownKey': (key: string) => `unknown setting "${key}"; use warn-days or exec`,
  'config.invalidWarnDays': (value: string) => `warn-days "${value}" is not a whole number of days from 0 to 365; e.g. leb config set warn-days 7`,
  'config.emptyExec': 'exec must not be empty; to stop running a command use: leb config unset exec',
  'config.set': (key: string, value: string) => `Set ${key} to ${value}.`,
  'config.unset': (key: string) => `Reset ${key} to its default.`,
  'config.notSet': '(not set)',

  // status: filters, footer, cache
  'status.filter.invalidWithin': (value: string) => `--expiring-within "${value}" is not a number of days; use e.g. 14d or 14`,
  'status.filter.invalidState': (value: string, states: string) => `--state "${value}" is not a line state; use one of ${states}`,
  'status.filter.noMatch': 'No lines match the filters.',
  'status.col.label': 'Label',
  'status.footer.lines': (total: number, atRisk: number, lost: number) =>
    `${plural(total, 'line', 'lines')}, ${atRisk} at risk${lost > 0 ? `, ${lost} recycled` : ''}`,
  'status.footer.cost': (amounts: string, basis: string) => `to renew the lines at risk: ${amounts} (${basis})`,
  'status.footer.basis.plan': 'the cheapest plan per line',
  'status.footer.basis.topup': 'the smallest top-up that extends validity, per line',
  'status.footer.basis.mixed': 'per line, the cheaper of its cheapest plan and its smallest top-up that extends validity',
  'status.footer.unpriced': (n: number) => `${plural(n, 'line', 'lines')} without a known price`,
  'status.cache.showing': (account: string, age: string, when: string) =>
    `${account}: showing the status cached ${age} ago (${when}), not live; days left count from today`,
  'status.cache.none': 'no cached status yet: run "leb status" once while the provider is reachable',
  'status.cache.noneFor': (account: string) => `${account}: no cached status to show`,
} as const;
