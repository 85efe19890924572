// English messages of leb status: filters, footer, CSV and the offline cache. Merged into en.ts.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const statusViewEn = {
  'help.status.expiringWithin': 'only lines whose service ends within N days (14d or 14), or has ended and the number is not yet recycled',
  'help.status.state': 'only lines in these states (comma-separated): active, grace, expired, recycled, inactive, unknown',
  'help.status.label': 'only lines whose label contains this text (any case)',
  'help.status.csv': 'print CSV (RFC 4180) instead of a table',
  'help.status.offline': 'show the last fetched status without asking the provider',
  'status.cache.age': (ms: number) => {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1) return 'less than a minute';
    if (minutes < 60) return plural(minutes, 'minute', 'minutes');
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return plural(hours, 'hour', 'hours');
    return plural(Math.floor(hours / 24), 'day', 'days');
  },
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
