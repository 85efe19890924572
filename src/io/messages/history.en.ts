// English messages of `leb history`'s filters, totals and spend per month. Merged into en.ts.

const orders = (n: number) => `${n} ${n === 1 ? 'order' : 'orders'}`;

export const historyEn = {
  'help.history.since': 'only orders made on or after this date (YYYY-MM-DD, your time zone)',
  'help.history.until': 'only orders made on or before this date (YYYY-MM-DD, your time zone)',
  'help.history.label': 'only orders of lines whose label contains this text (any case)',
  'help.history.by': 'spend per month (--by month): a bar chart on a terminal, rows with --json or --csv',
  'help.history.more': [
    'Every filter narrows the others; the global --account (or LEB_ACCOUNT) keeps one account\'s orders.',
    'Only succeeded orders count as spent. Pending and unknown orders are listed but not added in: the',
    'summary says how many there are and what they may have cost ("leb reconcile" settles them); failed',
    'orders cost nothing. The summary follows the table on a terminal and goes to stderr otherwise, so --json',
    '(an array of orders, each with its number and label) and --csv stay data alone.',
  ].join('\n'),
  'history.badDate': (flag: string, value: string) => `${flag} "${value}" is not a date in the form YYYY-MM-DD; e.g. ${flag} 2026-11-01`,
  'history.sinceAfterUntil': (since: string, until: string) => `--since ${since} is after --until ${until}: no order can match; swap them`,
  'history.badBy': (value: string) => `--by "${value}" is not a way to group orders; use --by month`,
  'history.noneMatch': 'No orders match these filters.',
  'history.col.number': 'Number',
  'history.col.label': 'Label',
  'history.col.month': 'Month',
  'history.col.spent': 'Spent',
  'history.col.orders': 'Orders',
  'history.orders': orders,
  'history.spent': (amounts: string, count: number) => `Spent: ${amounts} (${orders(count)} succeeded)`,
  'history.spentNothing': 'Spent: nothing (no succeeded orders)',
  'history.unsettled': (count: number, amounts: string) =>
    `Not counted: ${orders(count)} not settled yet (${amounts} may have been charged); leb reconcile settles them`,
};
