// leb's carrier catalogue, as data. Each entry is written exactly as a user writes one in LEB_HOME/carriers.json
// (money as decimal strings), and parse.ts validates both the same way; a test parses every entry here.
// Facts and their sources are explained in docs/carriers.md. Unknown facts are null: never guess one. Sources
// that are not the carrier's own (blogs, community posts) are marked `official: false` and shown as unconfirmed.

export interface RawPeriod {
  unit: 'days' | 'months';
  count: number;
}

export type RawRule =
  | { kind: 'recharge'; tiers: { minAmount: string | null; days: number }[] }
  | { kind: 'plan'; every: RawPeriod; cheapestPlan: { name: string; price: string | null } }
  | { kind: 'activity'; every: RawPeriod; events: string[] };

export interface RawCarrier {
  id: string;
  name: string;
  country: string;
  currency: string;
  timeZone: string;
  rule: RawRule;
  graceDays: number | null;
  afterGrace: 'recycled' | null;
  minTopup: string | null;
  maxTopup: string | null;
  rechargeUrl: string | null;
  leadWorkingDays: number | null;
  confirmAfterDays?: number;
  sources: { title: string; url: string | null; checked: string; official: boolean; facts: string[] }[];
}

/** When these entries were last checked against their sources (docs/carriers.md). */
const CHECKED = '2026-12-02';

export const BUILTIN_CARRIERS: readonly RawCarrier[] = [
  {
    id: 'cmhk-prepaid',
    name: 'China Mobile Hong Kong prepaid SIM',
    country: 'HK',
    currency: 'HKD',
    timeZone: 'Asia/Hong_Kong',
    rule: { kind: 'recharge', tiers: [{ minAmount: '50.00', days: 180 }] },
    graceDays: 30,
    afterGrace: 'recycled',
    minTopup: '50.00',
    maxTopup: '1000.00',
    rechargeUrl: 'https://eshop.hk.chinamobile.com/',
    leadWorkingDays: 1,
    sources: [
      { title: 'China Mobile Hong Kong online refill (eshop.hk.chinamobile.com)', url: 'https://eshop.hk.chinamobile.com/', checked: CHECKED, official: true, facts: ['limits', 'rechargeUrl', 'lead'] },
      { title: 'a blog post (2016): HK$50 added 180 days, about a month of grace', url: null, checked: CHECKED, official: false, facts: ['rule', 'grace'] },
      { title: 'OFCA: a terminated prepaid number returns to the operator', url: null, checked: CHECKED, official: true, facts: ['afterGrace'] },
    ],
  },
  {
    id: 'csl-rechargeable',
    name: 'csl Rechargeable SIM',
    country: 'HK',
    currency: 'HKD',
    timeZone: 'Asia/Hong_Kong',
    // The validity is stated; the recharge amount that earns it is not.
    rule: { kind: 'recharge', tiers: [{ minAmount: null, days: 180 }] },
    graceDays: null,
    afterGrace: 'recycled',
    minTopup: null,
    maxTopup: null,
    rechargeUrl: null,
    leadWorkingDays: null,
    sources: [
      { title: 'csl prepaid page (hkcsl.com)', url: null, checked: CHECKED, official: true, facts: ['rule'] },
      { title: 'OFCA: a terminated prepaid number returns to the operator', url: null, checked: CHECKED, official: true, facts: ['afterGrace'] },
    ],
  },
  {
    id: 'smartone-valuegb',
    name: 'ValueGB (SmarTone network)',
    country: 'HK',
    currency: 'HKD',
    timeZone: 'Asia/Hong_Kong',
    rule: { kind: 'recharge', tiers: [{ minAmount: '50.00', days: 365 }] },
    graceDays: 30,
    afterGrace: 'recycled',
    minTopup: null,
    maxTopup: null,
    rechargeUrl: null,
    leadWorkingDays: null,
    sources: [
      { title: 'ValueGB FAQ (valuegb.com): HK$50 or more resets validity to 365 days; 30 days of grace; balance forfeited at expiry', url: null, checked: CHECKED, official: true, facts: ['rule', 'grace'] },
      { title: 'OFCA: a terminated prepaid number returns to the operator', url: null, checked: CHECKED, official: true, facts: ['afterGrace'] },
    ],
  },
  {
    id: '3hk-hahasim',
    name: '3HK hahaSIM',
    country: 'HK',
    currency: 'HKD',
    timeZone: 'Asia/Hong_Kong',
    rule: { kind: 'recharge', tiers: [{ minAmount: '10.00', days: 365 }] },
    graceDays: null,
    afterGrace: 'recycled',
    minTopup: null,
    maxTopup: null,
    rechargeUrl: null,
    leadWorkingDays: null,
    sources: [
      { title: 'a blog post: any recharge, e.g. HK$10, adds one year', url: null, checked: CHECKED, official: false, facts: ['rule'] },
      { title: 'OFCA: a terminated prepaid number returns to the operator', url: null, checked: CHECKED, official: true, facts: ['afterGrace'] },
    ],
  },
  {
    id: 'clubsim',
    name: 'ClubSIM',
    country: 'HK',
    currency: 'HKD',
    timeZone: 'Asia/Hong_Kong',
    rule: { kind: 'plan', every: { unit: 'days', count: 365 }, cheapestPlan: { name: 'the cheapest plan', price: null } },
    graceDays: null,
    afterGrace: 'recycled',
    minTopup: null,
    maxTopup: null,
    rechargeUrl: null,
    leadWorkingDays: null,
    sources: [
      { title: 'a blog post: buy the cheapest plan once every 365 days', url: null, checked: CHECKED, official: false, facts: ['rule'] },
      { title: 'OFCA: a terminated prepaid number returns to the operator', url: null, checked: CHECKED, official: true, facts: ['afterGrace'] },
    ],
  },
  {
    id: 'giffgaff',
    name: 'giffgaff',
    country: 'GB',
    currency: 'GBP',
    timeZone: 'Europe/London',
    rule: { kind: 'activity', every: { unit: 'months', count: 6 }, events: ['call', 'sms', 'mms', 'data', 'credit', 'plan'] },
    graceDays: null,
    afterGrace: 'recycled',
    minTopup: null,
    maxTopup: null,
    rechargeUrl: null,
    leadWorkingDays: null,
    sources: [
      { title: 'giffgaff community blog: one chargeable event (call, SMS, MMS, data, buying credit or a plan) every 6 months, or the number is recycled', url: null, checked: CHECKED, official: false, facts: ['rule', 'afterGrace'] },
    ],
  },
  {
    id: 'vodafone-uk-payg',
    name: 'Vodafone UK Pay as you go',
    country: 'GB',
    currency: 'GBP',
    timeZone: 'Europe/London',
    rule: { kind: 'activity', every: { unit: 'days', count: 180 }, events: ['call'] },
    graceDays: null,
    afterGrace: null,
    minTopup: null,
    maxTopup: null,
    rechargeUrl: null,
    leadWorkingDays: null,
    sources: [
      { title: 'Vodafone UK PAYG terms: a chargeable call within 180 days; no warning is owed', url: null, checked: CHECKED, official: true, facts: ['rule'] },
    ],
  },
];
