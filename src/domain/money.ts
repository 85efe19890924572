// Money as integer minor units plus an ISO 4217 code. Never a float: 19.99 * 100 is 1998.9999999999998.

export interface Money {
  /** Integer count of the currency's minor unit (cents, fen, ...). Always a safe integer. */
  readonly minor: number;
  /** ISO 4217 alphabetic code, upper case. */
  readonly currency: string;
}

// ISO 4217 minor-unit exponents. Intl's display digits differ from ISO for IDR, HUF, COP and MGA,
// so the exponent is never derived from Intl. Codes not listed default to 2.
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODE.test(code);
}

export function currencyExponent(currency: string): number {
  if (!isCurrencyCode(currency)) throw new RangeError(`not an ISO 4217 currency code: ${currency}`);
  return EXPONENTS[currency] ?? 2;
}

export function money(minor: number, currency: string): Money {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer, got ${minor}`);
  currencyExponent(currency);
  return { minor, currency };
}

export type AmountProblem =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'zero'
  | 'too-many-decimals'
  | 'too-large';

export type ParsedAmount = { ok: true; money: Money } | { ok: false; problem: AmountProblem; exponent: number };

// What a person may type: ASCII digits, an optional dot and up to `exponent` decimals. Nothing else:
// no sign, exponent, hex, thousands separator, currency symbol, inner space or full-width digit.
const DECIMAL = /^(\d+)(?:\.(\d*))?$/;
const LOOKS_NEGATIVE = /^-\s*\d/;

/** Strictly parse a positive amount typed by a user, in the given currency. Surrounding blanks are allowed. */
export function parseAmount(input: string, currency: string): ParsedAmount {
  const exponent = currencyExponent(currency);
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty', exponent };
  if (LOOKS_NEGATIVE.test(text)) return { ok: false, problem: 'negative', exponent };
  const match = DECIMAL.exec(text);
  if (!match) return { ok: false, problem: 'not-a-number', exponent };
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (match[2] !== undefined && fraction === '') return { ok: false, problem: 'not-a-number', exponent };
  if (fraction.length > exponent) return { ok: false, problem: 'too-many-decimals', exponent };
  const digits = (whole + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return { ok: false, problem: 'too-large', exponent };
  const minor = Number(digits);
  if (minor === 0) return { ok: false, problem: 'zero', exponent };
  return { ok: true, money: { minor, currency } };
}

/** Parse a decimal string that came off the wire ("12.50", "-3", "0"); null when it is not one. */
export function parseWireAmount(text: string, currency: string): Money | null {
  const exponent = currencyExponent(currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  // Providers sometimes pad ("12.500" HKD, "100.0" JPY): surplus zeros are exact, surplus digits are not.
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > exponent) return null;
  const digits = (match[2] ?? '') + fraction.padEnd(exponent, '0');
  if (digits.replace(/^0+/, '').length > 15) return null;
  const minor = Number(digits) * (match[1] === '-' ? -1 : 1);
  return { minor: minor === 0 ? 0 : minor, currency };
}

/** The exact decimal string in the currency's ISO precision: 1250 HKD → "12.50", 500 JPY → "500". */
export function toDecimalString(value: Money): string {
  const exponent = currencyExponent(value.currency);
  const negative = value.minor < 0;
  const digits = String(Math.abs(value.minor)).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, digits.length - exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(digits.length - exponent)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The JSON shape the contract promises: {"amount": "12.50", "currency": "HKD"}. */
export function toJson(value: Money): { amount: string; currency: string } {
  return { amount: toDecimalString(value), currency: value.currency };
}

/**
 * How Intl.NumberFormat (style "currency") writes a currency in leb's two languages, for the codes it writes
 * with a sign of their own; every other code it writes as the code and a no-break space ("CHF 12.50"). Both
 * languages put the sign before the number, a minus before the sign, and group by thousands with commas.
 * formatMoney writes money this way itself: the first NumberFormat a process builds loads ICU's locale data,
 * 12 to 17 ms of a `leb status` that otherwise takes about 50. test/domain/money.test.ts checks every currency
 * Intl knows, in both languages, against Intl itself (read off Node 20.20's ICU: a Node with other locale data
 * may write a sign differently, and that test says which).
 */
const SIGNS: Readonly<Record<string, { readonly en: string; readonly 'zh-CN': string }>> = {
  AUD: { en: 'A$', 'zh-CN': 'AU$' },
  BRL: { en: 'R$', 'zh-CN': 'R$' },
  CAD: { en: 'CA$', 'zh-CN': 'CA$' },
  CNY: { en: 'CN¥', 'zh-CN': '¥' },
  EUR: { en: '€', 'zh-CN': '€' },
  GBP: { en: '£', 'zh-CN': '£' },
  HKD: { en: 'HK$', 'zh-CN': 'HK$' },
  ILS: { en: '₪', 'zh-CN': '₪' },
  INR: { en: '₹', 'zh-CN': '₹' },
  JPY: { en: '¥', 'zh-CN': 'JP¥' },
  KRW: { en: '₩', 'zh-CN': '₩' },
  MXN: { en: 'MX$', 'zh-CN': 'MX$' },
  NZD: { en: 'NZ$', 'zh-CN': 'NZ$' },
  PHP: { en: '₱', 'zh-CN': 'PHP\u00a0' },
  TWD: { en: 'NT$', 'zh-CN': 'NT$' },
  USD: { en: '$', 'zh-CN': 'US$' },
  VND: { en: '₫', 'zh-CN': '₫' },
  XAF: { en: 'FCFA\u00a0', 'zh-CN': 'FCFA\u00a0' },
  XCD: { en: 'EC$', 'zh-CN': 'EC$' },
  XCG: { en: 'Cg.\u00a0', 'zh-CN': 'Cg.\u00a0' },
  XOF: { en: 'F\u202fCFA\u00a0', 'zh-CN': 'F\u202fCFA\u00a0' },
  XPF: { en: 'CFPF\u00a0', 'zh-CN': 'CFPF\u00a0' },
};

/** Thousands of the whole part, comma-separated: "1234567" → "1,234,567". */
const THOUSANDS = /\B(?=(\d{3})+$)/g;

/**
 * For people: "HK$12.50" in en, "US$12.50" in zh-CN, with exactly the ISO number of decimals, as Intl writes it
 * (see SIGNS). A locale other than en and zh-CN, which leb never passes, is left to Intl.
 */
export function formatMoney(value: Money, locale = 'en'): string {
  const decimal = toDecimalString(value);
  if (locale !== 'en' && locale !== 'zh-CN') return formatWithIntl(decimal, value.currency, locale);
  const negative = decimal.startsWith('-');
  const [whole = '', fraction] = (negative ? decimal.slice(1) : decimal).split('.');
  const sign = SIGNS[value.currency]?.[locale] ?? `${value.currency}\u00a0`;
  return `${negative ? '-' : ''}${sign}${whole.replace(THOUSANDS, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

function formatWithIntl(decimal: string, currency: string, locale: string): string {
  const exponent = currencyExponent(currency);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  // Intl accepts decimal strings at runtime and formats them without going through a float.
  return format.format(decimal as unknown as number);
}

/** One sum per currency, currencies in alphabetical order (money is never added across currencies). */
export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const sums = new Map<string, Money>();
  for (const amount of amounts) {
    const previous = sums.get(amount.currency);
    sums.set(amount.currency, previous ? add(previous, amount) : amount);
  }
  return [...sums.keys()].sort().map((currency) => sums.get(currency) as Money);
}

/** Sums in several currencies for people: "HK$12.50 + £3.00". */
export function formatSums(sums: readonly Money[], locale = 'en'): string {
  return sums.map((m) => formatMoney(m, locale)).join(' + ');
}

/** Money as JSON and the journal carry it, shown like any other money; as written when it does not parse. */
export function formatWireMoney(wire: { amount: string; currency: string }, locale = 'en'): string {
  const parsed = parseWireAmount(wire.amount, wire.currency);
  return parsed === null ? `${wire.amount} ${wire.currency}` : formatMoney(parsed, locale);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`currency mismatch: ${a.currency} and ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.minor + b.minor, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.minor - b.minor, a.currency);
}

export function compare(a: Money, b: Money): number {
  sameCurrency(a, b);
  return a.minor - b.minor;
}

export function zero(currency: string): Money {
  return money(0, currency);
}

/** Price per day, rounded half-up to the currency's minor unit (display only; never charged). */
export function perDay(price: Money, days: number): Money {
  if (!Number.isInteger(days) || days <= 0) throw new RangeError(`days must be a positive integer, got ${days}`);
  return money(Math.floor((price.minor * 2 + days) / (2 * days)), price.currency);
}
