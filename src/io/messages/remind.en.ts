// English messages of leb remind: calendar reminders. Merged into en.ts.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const remindEn = {
  'help.remind': 'write calendar reminders (iCalendar .ics) before each line\'s keep-number deadline',
  'help.remind.ics': 'the .ics file to write, or - for stdout; written 0600 like every file leb writes, replaced atomically',
  'help.remind.warnDays': 'days before the deadline, comma-separated (default 30,7,1)',
  'help.remind.more': [
    'One all-day event per line and lead time, before the date the carrier would recycle the number, with the',
    'command to run in its description. Reminders already in the past are left out; recycled lines get none.',
    'Event UIDs are stable, so importing the file again updates the events instead of duplicating them.',
    'The file is created 0600 (readable only by you), even though you chose where it goes.',
  ].join('\n'),
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
} as const;
