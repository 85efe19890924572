// English messages for the carrier catalogue and tracked lines (`leb carriers`, `leb line add|confirm|touch|
// remove|import`, recorded top-ups). Merged into en.ts.

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const period = (unit: 'days' | 'months', count: number) => (unit === 'days' ? days(count) : `${count} ${count === 1 ? 'month' : 'months'}`);
const workingDays = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

export const carriersEn = {
  // Help
  'help.carriers': 'the keep-number rule catalogue: how each carrier keeps a number, grace, limits, where to recharge',
  'help.carriers.show': 'explain one carrier\'s rule in words, with its sources',
  'help.carriers.more': 'Add or correct a carrier in LEB_HOME/carriers.json: {"carriers": [ ... ]}, each entry shaped like "leb carriers show <id> --json".',

  // Catalogue
  'carriers.col.id': 'Carrier',
  'carriers.col.name': 'Name',
  'carriers.col.country': 'Country',
  'carriers.col.rule': 'Keeps the number',
  'carriers.col.grace': 'Grace',
  'carriers.unknown': 'not known',
  'carriers.listJoin': ', ',
  'carriers.user': '(yours)',
  'carriers.short.recharge': (amount: string, n: number) => `${amount}+ → ${days(n)}`,
  'carriers.short.plan': (unit: 'days' | 'months', count: number) => `a plan every ${period(unit, count)}`,
  'carriers.short.activity': (unit: 'days' | 'months', count: number) => `activity every ${period(unit, count)}`,
  'carriers.notFound': (id: string) => `no carrier "${id}" in the catalogue; "leb carriers" lists them, LEB_HOME/carriers.json adds one`,
  'carriers.header': (name: string, id: string, country: string, currency: string, zone: string) => `${name} (${id}): ${country}, ${currency}, dates in ${zone}`,
  'carriers.rule.tier': (amount: string, n: number) => `${amount} or more → ${days(n)} from the day you recharge`,
  'carriers.rule.tierUnknown': (n: number) => `a recharge (the amount needed is not known) → ${days(n)} from the day you recharge`,
  'carriers.rule.neverShortens': 'A recharge never shortens the validity you already have.',
  'carriers.rule.plan': (plan: string, price: string | null, unit: 'days' | 'months', count: number) =>
    `Buy ${plan}${price === null ? ' (price not known)' : ` (${price})`} at least once every ${period(unit, count)}, counted from the day you buy it.`,
  'carriers.rule.activity': (events: string, unit: 'days' | 'months', count: number) =>
    `One chargeable event (${events}) at least once every ${period(unit, count)}; after that the number is reclaimed.`,
  'carriers.event.call': 'a call',
  'carriers.event.sms': 'an SMS',
  'carriers.event.mms': 'an MMS',
  'carriers.event.data': 'a data session',
  'carriers.event.credit': 'buying credit',
  'carriers.event.plan': 'buying a plan',
  'carriers.grace': (n: number) => `${days(n)}' grace after expiry: a recharge still restores service.`,
  'carriers.graceUnknown': 'Grace after expiry: not known, so leb counts none (the deadline it shows is the expiry itself).',
  'carriers.afterGrace.recycled': 'Then the number is recycled and cannot be recovered or ported.',
  'carriers.afterGrace.unknown': 'What happens after that: not known.',
  'carriers.limits': (min: string, max: string) => `Top-up: ${min} to ${max} a time.`,
  'carriers.limitsUnknown': 'Smallest and largest top-up: not known.',
  'carriers.lead': (n: number) => `A recharge may be applied up to ${workingDays(n)} later: recharge at least ${workingDays(n)} before the deadline.`,
  'carriers.leadNone': 'A recharge is applied at once.',
  'carriers.leadUnknown': 'How fast a recharge is applied: not known.',
  'carriers.page': (url: string) => `Recharge page: ${url}`,
  'carriers.pageUnknown': 'Recharge page: not known (use the carrier\'s app or site).',
  'carriers.confirmAfter': (n: number) => `leb asks you to confirm an estimated expiry after ${days(n)}.`,
  'carriers.sources': 'Sources:',
  'carriers.sourcesNone': 'Sources: none given (your own entry in carriers.json).',
  'carriers.source': (title: string, official: boolean, checked: string, facts: string) =>
    `  - ${title} (${official ? 'official' : 'unconfirmed'}, checked ${checked}): ${facts}`,
  'carriers.fact.rule': 'rule',
  'carriers.fact.grace': 'grace',
  'carriers.fact.limits': 'top-up limits',
  'carriers.fact.rechargeUrl': 'recharge page',
  'carriers.fact.lead': 'processing time',
  'carriers.fact.afterGrace': 'after grace',
} as const;
