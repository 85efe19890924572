import { describe, expect, it, vi } from 'vitest';
import {
  add,
  compare,
  currencyExponent,
  formatMoney,
  isCurrencyCode,
  money,
  parseAmount,
  parseWireAmount,
  perDay,
  subtract,
  toDecimalString,
  toJson,
  zero,
} from '../../src/domain/money.js';
import type { AmountProblem, Money } from '../../src/domain/money.js';

const m = (minor: number, currency: string): Money => ({ minor, currency });

describe('parseAmount accepts what a person types for a real amount', () => {
  it.each([
    ['50', 'HKD', 5000],
    ['50.5', 'HKD', 5050],
    ['50.50', 'HKD', 5050],
    [' 12.30 ', 'USD', 1230],
    ['\t12.30\n', 'USD', 1230],
    ['0.01', 'USD', 1],
    ['0.1', 'USD', 10],
    ['19.99', 'USD', 1999], // the float trap: 19.99 * 100 = 1998.9999999999998
    ['1.15', 'USD', 115], // 1.15 * 100 = 114.99999999999999
    ['007', 'USD', 700],
    ['100', 'JPY', 100],
    ['1', 'JPY', 1],
    ['1.005', 'KWD', 1005],
    ['1.5', 'KWD', 1500],
    ['0.001', 'BHD', 1],
    ['1.2345', 'CLF', 12345],
    ['1000.50', 'IDR', 100050], // ISO gives IDR two decimals even though Intl displays none
    ['2000', 'HKD', 200000],
    ['9999999999999.99', 'USD', 999999999999999], // 15 significant digits: the largest accepted
  ])('%j %s → %i minor units', (input, currency, minor) => {
    expect(parseAmount(input, currency)).toEqual({ ok: true, money: { minor, currency } });
  });

  it('returns a safe integer, never a float', () => {
    const parsed = parseAmount('19.99', 'USD');
    expect(parsed.ok && Number.isSafeInteger(parsed.money.minor)).toBe(true);
  });
});

describe('parseAmount rejects every bad amount with the problem a person can act on', () => {
  it.each<[string, string, AmountProblem]>([
    // negative
    ['-1', 'USD', 'negative'],
    ['-1.50', 'USD', 'negative'],
    ['- 5', 'USD', 'negative'],
    ['-0', 'USD', 'negative'],
    ['-1.005', 'USD', 'negative'],
    // zero
    ['0', 'USD', 'zero'],
    ['0.00', 'USD', 'zero'],
    ['0.0', 'USD', 'zero'],
    ['000', 'JPY', 'zero'],
    ['0.000', 'KWD', 'zero'],
    // more decimals than the currency has
    ['1.005', 'USD', 'too-many-decimals'],
    ['0.001', 'USD', 'too-many-decimals'],
    ['100.5', 'JPY', 'too-many-decimals'],
    ['100.0', 'JPY', 'too-many-decimals'],
    ['1.0005', 'KWD', 'too-many-decimals'],
    ['1.23456', 'CLF', 'too-many-decimals'],
    ['50.505', 'HKD', 'too-many-decimals'],
    // not a plain decimal
    ['1e3', 'USD', 'not-a-number'],
    ['1E3', 'USD', 'not-a-number'],
    ['0x10', 'USD', 'not-a-number'],
    ['0b101', 'USD', 'not-a-number'],
    ['５０', 'HKD', 'not-a-number'], // full-width digits
    ['٥٠', 'HKD', 'not-a-number'], // Arabic-Indic digits
    ['1,000', 'USD', 'not-a-number'],
    ['1,000.00', 'USD', 'not-a-number'],
    ['1 000', 'USD', 'not-a-number'],
    ['1\u00a0000', 'USD', 'not-a-number'], // no-break space as a thousands separator
    ['1_000', 'USD', 'not-a-number'],
    ['1,5', 'EUR', 'not-a-number'], // comma as the decimal mark
    ['$50', 'USD', 'not-a-number'],
    ['HK$50', 'HKD', 'not-a-number'],
    ['50HKD', 'HKD', 'not-a-number'],
    ['50 HKD', 'HKD', 'not-a-number'],
    ['¥50', 'JPY', 'not-a-number'],
    ['€5', 'EUR', 'not-a-number'],
    ['12 .30', 'USD', 'not-a-number'],
    ['12. 30', 'USD', 'not-a-number'],
    ['NaN', 'USD', 'not-a-number'],
    ['Infinity', 'USD', 'not-a-number'],
    ['-Infinity', 'USD', 'not-a-number'],
    ['.5', 'USD', 'not-a-number'],
    ['5.', 'USD', 'not-a-number'],
    ['.', 'USD', 'not-a-number'],
    ['+5', 'USD', 'not-a-number'],
    ['−5', 'USD', 'not-a-number'], // U+2212 minus sign
    ['1.2.3', 'USD', 'not-a-number'],
    ['fifty', 'USD', 'not-a-number'],
    ['-', 'USD', 'not-a-number'],
    // nothing typed
    ['', 'USD', 'empty'],
    ['   ', 'USD', 'empty'],
    ['\t\n', 'USD', 'empty'],
    // beyond a safe integer of minor units
    ['10000000000000', 'USD', 'too-large'],
    ['99999999999999999999', 'USD', 'too-large'],
    ['1000000000000000', 'JPY', 'too-large'],
    ['9007199254740993', 'JPY', 'too-large'], // would silently round as a float
  ])('%j %s → %s', (input, currency, problem) => {
    const parsed = parseAmount(input, currency);
    expect(parsed).toEqual({ ok: false, problem, exponent: currencyExponent(currency) });
  });

  it('reports the exponent so the message can say how many decimals are allowed', () => {
    expect(parseAmount('1.005', 'USD')).toMatchObject({ ok: false, exponent: 2 });
    expect(parseAmount('100.5', 'JPY')).toMatchObject({ ok: false, exponent: 0 });
    expect(parseAmount('1.0005', 'KWD')).toMatchObject({ ok: false, exponent: 3 });
  });

  it.each(['usd', 'US', 'DOLLARS', '', '$'])('refuses a currency that is not an ISO code: %j', (currency) => {
    expect(() => parseAmount('5', currency)).toThrow(RangeError);
  });
});

describe('currencyExponent follows ISO 4217, never Intl', () => {
  it.each([
    ['USD', 2], ['HKD', 2], ['EUR', 2], ['CNY', 2], ['GBP', 2],
    ['JPY', 0], ['KRW', 0], ['VND', 0], ['CLP', 0], ['ISK', 0],
    ['KWD', 3], ['BHD', 3], ['JOD', 3], ['OMR', 3], ['TND', 3], ['IQD', 3], ['LYD', 3],
    ['CLF', 4], ['UYW', 4],
    // Intl displays these with 0 decimals; ISO 4217 says 2.
    ['IDR', 2], ['HUF', 2], ['COP', 2], ['MGA', 2],
  ])('%s → %i', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it.each(['usd', 'US', 'USDT', '', '123'])('refuses %j', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
    expect(() => currencyExponent(code)).toThrow(RangeError);
  });
});

describe('toDecimalString and toJson are exact, in ISO precision', () => {
  it.each([
    [1999, 'USD', '19.99'],
    [1250, 'HKD', '12.50'],
    [5, 'USD', '0.05'],
    [1, 'USD', '0.01'],
    [0, 'USD', '0.00'],
    [100, 'USD', '1.00'],
    [-1999, 'USD', '-19.99'],
    [-5, 'USD', '-0.05'],
    [500, 'JPY', '500'],
    [0, 'JPY', '0'],
    [-7, 'JPY', '-7'],
    [1005, 'KWD', '1.005'],
    [1, 'KWD', '0.001'],
    [12345, 'CLF', '1.2345'],
    [1, 'CLF', '0.0001'],
    [100000, 'IDR', '1000.00'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
  ])('%i %s → %s', (minor, currency, text) => {
    expect(toDecimalString(m(minor, currency))).toBe(text);
    expect(toJson(m(minor, currency))).toEqual({ amount: text, currency });
  });

  it('toJson is the documented shape, with a string amount', () => {
    expect(JSON.stringify(toJson(m(1250, 'HKD')))).toBe('{"amount":"12.50","currency":"HKD"}');
  });

  it.each([
    ['0.01', 'USD'], ['19.99', 'USD'], ['12.50', 'HKD'], ['100', 'JPY'], ['1.005', 'KWD'], ['1.2345', 'CLF'], ['123456789.12', 'EUR'],
  ])('round-trips %s %s through parseAmount', (text, currency) => {
    const parsed = parseAmount(text, currency);
    expect(parsed.ok && toDecimalString(parsed.money)).toBe(text);
  });
});

describe('formatMoney shows exactly the ISO number of decimals', () => {
  it.each([
    [1999, 'USD', 'en', '$19.99'],
    [1250, 'HKD', 'en', 'HK$12.50'],
    [-1999, 'USD', 'en', '-$19.99'],
    [500, 'JPY', 'en', '¥500'],
    [0, 'JPY', 'en', '¥0'],
    [1005, 'KWD', 'en', 'KWD\u00a01.005'],
    [12345, 'CLF', 'en', 'CLF\u00a01.2345'],
    [100000, 'IDR', 'en', 'IDR\u00a01,000.00'],
    [100000, 'HUF', 'en', 'HUF\u00a01,000.00'],
    [Number.MAX_SAFE_INTEGER, 'USD', 'en', '$90,071,992,547,409.91'], // no float rounding on the way
    [1250, 'HKD', 'zh-CN', 'HK$12.50'],
    [1999, 'USD', 'zh-CN', 'US$19.99'],
  ])('%i %s in %s → %j', (minor, currency, locale, text) => {
    expect(formatMoney(m(minor, currency), locale)).toBe(text);
  });

  it('defaults to English', () => {
    expect(formatMoney(m(1250, 'HKD'))).toBe('HK$12.50');
  });

  // formatMoney writes money itself (the first Intl.NumberFormat of a run costs 12 to 17 ms), as Intl would.
  const AMOUNTS = [0, 1, -1, 7, 99, 100, 1234, -1234, 100000, 123456789, -98765432101, Number.MAX_SAFE_INTEGER];
  const intl = (minor: number, currency: string, locale: string) => {
    const exponent = currencyExponent(currency);
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    return format.format(toDecimalString(m(minor, currency)) as unknown as number);
  };

  it.each(['en', 'zh-CN'])('writes every currency Intl knows in %s as Intl does, and a code it does not know too', (locale) => {
    const codes = [...Intl.supportedValuesOf('currency'), 'XYZ', 'KWD', 'CLF'];
    const expected = codes.flatMap((currency) => AMOUNTS.map((minor) => `${currency} ${minor}: ${intl(minor, currency, locale)}`));
    const actual = codes.flatMap((currency) => AMOUNTS.map((minor) => `${currency} ${minor}: ${formatMoney(m(minor, currency), locale)}`));
    expect(actual).toEqual(expected);
  });

  it('builds no Intl.NumberFormat in en or zh-CN', () => {
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      formatMoney(m(1250, 'HKD'), 'en');
      formatMoney(m(-1999, 'USD'), 'zh-CN');
      formatMoney(m(1005, 'KWD'), 'zh-CN');
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it('leaves any other locale to Intl', () => {
    expect(formatMoney(m(123456, 'EUR'), 'de')).toBe('1.234,56\u00a0€');
  });
});

describe('money() only builds valid values', () => {
  it.each([
    [1.5, 'USD'], [Number.NaN, 'USD'], [Number.POSITIVE_INFINITY, 'USD'], [2 ** 53, 'USD'], [1, 'usd'], [1, 'US'],
  ])('refuses %s %j', (minor, currency) => {
    expect(() => money(minor, currency)).toThrow(RangeError);
  });

  it('builds a value and zero()', () => {
    expect(money(1250, 'HKD')).toEqual({ minor: 1250, currency: 'HKD' });
    expect(zero('JPY')).toEqual({ minor: 0, currency: 'JPY' });
  });
});

describe('arithmetic refuses to mix currencies', () => {
  it('adds, subtracts and compares in one currency', () => {
    expect(add(m(1999, 'USD'), m(1, 'USD'))).toEqual(m(2000, 'USD'));
    expect(subtract(m(420, 'HKD'), m(1000, 'HKD'))).toEqual(m(-580, 'HKD'));
    expect(Math.sign(compare(m(1, 'USD'), m(2, 'USD')))).toBe(-1);
    expect(compare(m(2, 'USD'), m(2, 'USD'))).toBe(0);
    expect(Math.sign(compare(m(3, 'USD'), m(2, 'USD')))).toBe(1);
  });

  it.each([
    ['add', add], ['subtract', subtract], ['compare', compare],
  ] as const)('%s HKD + USD throws', (_name, op) => {
    expect(() => op(m(100, 'HKD'), m(100, 'USD'))).toThrow(/currency mismatch/);
  });

  it('add refuses to overflow a safe integer', () => {
    expect(() => add(m(Number.MAX_SAFE_INTEGER, 'USD'), m(1, 'USD'))).toThrow(RangeError);
  });
});

describe('perDay rounds half up to the minor unit', () => {
  it.each([
    [1800, 'HKD', 30, 60], // monthly HK$18.00 → HK$0.60
    [4800, 'HKD', 90, 53], // 53.33 → 53
    [16800, 'HKD', 365, 46], // 46.03 → 46
    [5, 'USD', 2, 3], // 2.5 → 3 (half up)
    [3, 'USD', 2, 2], // 1.5 → 2
    [1, 'USD', 3, 0], // 0.33 → 0
    [2, 'USD', 3, 1], // 0.67 → 1
    [1000, 'JPY', 7, 143], // 142.86 → 143
    [1000, 'JPY', 8, 125],
    [10, 'KWD', 4, 3], // 2.5 → 3
    [999, 'USD', 1, 999],
  ])('%i %s over %i days → %i', (minor, currency, days, expected) => {
    expect(perDay(m(minor, currency), days)).toEqual(m(expected, currency));
  });

  it.each([0, -30, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => perDay(m(1800, 'HKD'), days)).toThrow(RangeError);
  });
});

describe('parseWireAmount reads a provider decimal string', () => {
  it.each([
    ['12.50', 'HKD', 1250],
    ['12.5', 'HKD', 1250],
    ['12', 'HKD', 1200],
    ['0', 'HKD', 0],
    ['0.00', 'HKD', 0],
    ['-3', 'HKD', -300],
    ['-0.05', 'USD', -5],
    ['500', 'JPY', 500],
    ['1.005', 'KWD', 1005],
    ['1.2345', 'CLF', 12345],
    ['19.99', 'USD', 1999],
  ])('%j %s → %i', (text, currency, minor) => {
    expect(parseWireAmount(text, currency)).toEqual({ minor, currency });
  });

  it('never yields negative zero', () => {
    expect(Object.is(parseWireAmount('-0', 'USD')?.minor, 0)).toBe(true);
    expect(Object.is(parseWireAmount('-0.00', 'USD')?.minor, 0)).toBe(true);
  });

  it.each([
    ['12.505', 'HKD'], ['100.5', 'JPY'], ['1e3', 'USD'], ['0x10', 'USD'], ['+1', 'USD'], ['', 'USD'], [' 12', 'USD'],
    ['12.', 'USD'], ['.5', 'USD'], ['1,000', 'USD'], ['NaN', 'USD'], ['Infinity', 'USD'], ['12.50 HKD', 'HKD'],
    ['99999999999999999', 'USD'], ['10000000000000000', 'JPY'],
  ])('%j %s → null', (text, currency) => {
    expect(parseWireAmount(text, currency)).toBeNull();
  });

  it('round-trips toDecimalString', () => {
    for (const value of [m(1250, 'HKD'), m(-1999, 'USD'), m(0, 'JPY'), m(1005, 'KWD'), m(1, 'CLF')]) {
      expect(parseWireAmount(toDecimalString(value), value.currency)).toEqual(value);
    }
  });
});
