// The stand-in's Reloadly account: operators and the numbers they serve, a prepaid wallet in US dollars, and
// every transaction by id and customIdentifier. Amounts are kept in minor units (cents, HK cents, pence) and
// written the way Reloadly's examples write them (decimal JSON numbers), or as strings as its schemas declare
// when `stringly` is set, so leb's lenient reading is tested both ways.

export interface Operator {
  id: number;
  name: string;
  countryIso: string;
  denominationType: 'FIXED' | 'RANGE';
  supportsLocalAmounts: boolean;
  destinationCurrency: string;
  /** Destination units per sender unit, as Reloadly's `fx.rate`. */
  fxRate: number;
  /** Sender-currency (USD) bounds for RANGE operators, in cents. */
  minCents: number | null;
  maxCents: number | null;
  /** Local (destination) bounds for RANGE operators, in minor units. */
  localMin: number | null;
  localMax: number | null;
  /** FIXED operators: sender-currency amounts in cents, and their local twins in minor units. */
  fixedCents: number[];
  localFixed: number[];
}

export interface Transaction {
  transactionId: number;
  status: 'PROCESSING' | 'SUCCESSFUL' | 'FAILED' | 'REFUNDED';
  customIdentifier: string;
  operator: Operator;
  recipientPhone: string;
  countryCode: string;
  requestedCents: number;
  deliveredMinor: number;
  createdAtMs: number;
  /** Status reads left before a PROCESSING transaction settles. */
  pollsToSettle: number;
  /** What a PROCESSING transaction settles to. */
  settlesTo: 'SUCCESSFUL' | 'FAILED' | 'REFUNDED';
}

export interface StandInState {
  operators: Map<number, Operator>;
  /** Digits of an international number (no +) → operator id. */
  numbers: Map<string, number>;
  walletCents: number;
  transactions: Transaction[];
  nextTransactionId: number;
}

export function seedState(): StandInState {
  const cmhk: Operator = {
    id: 1101,
    name: 'China Mobile Hong Kong',
    countryIso: 'HK',
    denominationType: 'RANGE',
    supportsLocalAmounts: true,
    destinationCurrency: 'HKD',
    fxRate: 7.6700,
    minCents: 130,
    maxCents: 13_000,
    localMin: 1_000,
    localMax: 100_000,
    fixedCents: [],
    localFixed: [],
  };
  const giffgaff: Operator = {
    id: 2202,
    name: 'giffgaff United Kingdom',
    countryIso: 'GB',
    denominationType: 'FIXED',
    supportsLocalAmounts: false,
    destinationCurrency: 'GBP',
    fxRate: 0.7874,
    minCents: null,
    maxCents: null,
    localMin: null,
    localMax: null,
    fixedCents: [1_270, 1_905, 2_540],
    localFixed: [1_000, 1_500, 2_000],
  };
  return {
    operators: new Map([
      [cmhk.id, cmhk],
      [giffgaff.id, giffgaff],
    ]),
    numbers: new Map([
      ['85291234567', cmhk.id],
      ['85261234567', cmhk.id],
      ['447700900123', giffgaff.id],
    ]),
    walletCents: 50_000,
    transactions: [],
    nextTransactionId: 4_600_001,
  };
}

/** A decimal amount as Reloadly writes it: a JSON number, or a string where its schema says so. */
export function amount(minor: number, exponent: number, stringly: boolean): number | string {
  const text = (minor / 10 ** exponent).toFixed(exponent);
  return stringly ? text : Number(text);
}

export function operatorAnswer(op: Operator, stringly: boolean): Record<string, unknown> {
  const usd = (cents: number | null) => (cents === null ? null : amount(cents, 2, stringly));
  const local = (minor: number | null) => (minor === null ? null : amount(minor, 2, stringly));
  return {
    id: op.id,
    operatorId: op.id,
    name: op.name,
    bundle: false,
    data: false,
    pin: false,
    supportsLocalAmounts: op.supportsLocalAmounts,
    denominationType: op.denominationType,
    senderCurrencyCode: 'USD',
    senderCurrencySymbol: '$',
    destinationCurrencyCode: op.destinationCurrency,
    destinationCurrencySymbol: op.destinationCurrency === 'GBP' ? '£' : 'HK$',
    commission: 0,
    internationalDiscount: 0,
    localDiscount: 0,
    mostPopularAmount: null,
    minAmount: usd(op.minCents),
    maxAmount: usd(op.maxCents),
    localMinAmount: local(op.localMin),
    localMaxAmount: local(op.localMax),
    country: { isoName: op.countryIso, name: op.countryIso === 'HK' ? 'Hong Kong' : 'United Kingdom' },
    fx: { rate: op.fxRate, currencyCode: op.destinationCurrency },
    logoUrls: [],
    fixedAmounts: op.fixedCents.map((c) => amount(c, 2, stringly)),
    fixedAmountsDescriptions: [],
    localFixedAmounts: op.localFixed.map((m) => amount(m, 2, stringly)),
    localFixedAmountsDescriptions: [],
    suggestedAmounts: [],
    suggestedAmountsMap: {},
    promotions: [],
  };
}

/** Reloadly writes transaction dates as "YYYY-MM-DD HH:MM:SS" without a zone; the stand-in writes UTC. */
export function reloadlyDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function transactionAnswer(t: Transaction, walletCents: number | null, stringly: boolean): Record<string, unknown> {
  return {
    transactionId: t.transactionId,
    status: t.status,
    operatorTransactionId: t.status === 'SUCCESSFUL' ? `OP-${t.transactionId}` : null,
    customIdentifier: t.customIdentifier,
    recipientPhone: stringly ? t.recipientPhone : Number(t.recipientPhone),
    recipientEmail: null,
    senderPhone: null,
    countryCode: t.countryCode,
    operatorId: t.operator.id,
    operatorName: t.operator.name,
    discount: 0,
    discountCurrencyCode: 'USD',
    requestedAmount: amount(t.requestedCents, 2, stringly),
    requestedAmountCurrencyCode: 'USD',
    deliveredAmount: amount(t.deliveredMinor, 2, stringly),
    deliveredAmountCurrencyCode: t.operator.destinationCurrency,
    transactionDate: reloadlyDate(t.createdAtMs),
    pinDetail: null,
    balanceInfo:
      walletCents === null
        ? null
        : {
            oldBalance: amount(walletCents + t.requestedCents, 2, stringly),
            newBalance: amount(walletCents, 2, stringly),
            currencyCode: 'USD',
            currencyName: 'US Dollar',
            updatedAt: reloadlyDate(t.createdAtMs),
          },
  };
}
