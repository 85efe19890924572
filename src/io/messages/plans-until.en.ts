// English messages of leb plans --until: the cheapest keep-alive sequence. Merged into en.ts.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const plansUntilEn = {
  'help.plans.until': 'the cheapest renewals and top-ups that keep the line active through this date (YYYY-MM-DD, your time zone)',
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
} as const;
