// English messages of `leb sandbox clock` (the sandbox's time). Merged into en.ts.

/** How far the sandbox's clock is from the real one, in words. */
const fromReal = (offsetDays: number) =>
  offsetDays === 0
    ? 'on the real clock'
    : `${Math.abs(offsetDays)} ${Math.abs(offsetDays) === 1 ? 'day' : 'days'} ${offsetDays > 0 ? 'ahead of' : 'behind'} the real clock`;

export const sandboxClockEn = {
  'help.sandbox.clock': 'show or move the sandbox\'s time (the embedded carrier, sandbox serve, and "today" of --sandbox runs)',
  'help.clock.advance': 'move the clock forward this many days (1 to 3650)',
  'help.clock.set': 'make the sandbox\'s today this date (YYYY-MM-DD, your time zone)',
  'help.clock.more': [
    'The sandbox\'s clock is the real clock moved by whole days, so time still flows. It applies to the embedded',
    'carrier, to "today" of every --sandbox run, and to a running "leb sandbox serve" with the same LEB_HOME; real',
    'accounts (sandbox accounts added with --provider sandbox included) always use the real clock. Moving it',
    'forward lets the carrier do its work: auto-renewals fall due, lapsed lines enter grace, then are recycled.',
    'It can go back only as far as the latest order or recycled number the sandbox holds; "leb sandbox reset"',
    'puts it back on the real clock.',
  ].join('\n'),
  'clock.show': (today: string, now: string, offsetDays: number) => `Sandbox today: ${today} (${fromReal(offsetDays)}); now ${now}`,
  'clock.moved': (today: string, offsetDays: number) => `Sandbox clock moved: today is ${today} (${fromReal(offsetDays)}).`,
  'clock.both': '--advance and --set cannot be used together; pick one',
  'clock.badAdvance': (value: string) => `--advance "${value}" is not a whole number of days from 1 to 3650; e.g. --advance 10`,
  'clock.badSet': (value: string) => `--set "${value}" is not a date in the form YYYY-MM-DD; e.g. --set 2027-01-31`,
  'clock.tooFar': (limit: number) => `the sandbox's clock can be at most ${limit} days from the real clock`,
  'clock.beforeRecorded': (earliest: string) =>
    `the sandbox's clock cannot go back before ${earliest}: the sandbox already holds an order or a recycled number from then`,
  'clock.beforeRecordedHint': 'Run "leb sandbox reset" to start over on the real clock.',
  'state.sandboxClock': (file: string, detail: string) => `${file} is not a sandbox clock file (${detail}); leb will not overwrite it`,
  'state.sandboxClockHint': 'Run "leb sandbox reset" (the sandbox starts over on the real clock), or fix or move the file away.',
};
