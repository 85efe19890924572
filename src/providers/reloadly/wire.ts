// Reloadly's answers as zod schemas, read leniently: its published document declares amounts as integers or
// strings and shows them as decimal numbers, phone numbers as strings and shows them as numbers, ids as
// integers or strings. Every amount is kept as the decimal text it was written as (never a float in leb), and
// converted to minor units by `decimalToMinor`. Unknown keys are ignored. See docs/reloadly.md.

import { z } from '../zod.js';
import { currencyExponent, type Money } from '../../domain/money.js';

/** A decimal amount written as a JSON number or a string, kept as its exact decimal text. */
const decimalText = z.union([z.number().finite(), z.string().trim().regex(/^-?\d+(\.\d+)?$/)]).transform((v) => (typeof v === 'number' ? numberText(v) : v));

/** A JSON number's shortest decimal text, without exponent notation ("3168.4", never "3.1684e3"). */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

const idText = z.union([z.number().int(), z.string().trim().min(1)]).transform(String);
const currency = z.string().regex(/^[A-Z]{3}$/);

export const TokenWire = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  token_type: z.string().optional(),
});

export const BalanceWire = z.object({ balance: decimalText, currencyCode: currency });

export const OperatorWire = z.object({
  id: idText.optional(),
  operatorId: idText.optional(),
  name: z.string(),
  denominationType: z.enum(['FIXED', 'RANGE']),
  supportsLocalAmounts: z.boolean().default(false),
  senderCurrencyCode: currency,
  destinationCurrencyCode: currency,
  minAmount: decimalText.nullable().default(null),
  maxAmount: decimalText.nullable().default(null),
  localMinAmount: decimalText.nullable().default(null),
  localMaxAmount: decimalText.nullable().default(null),
  fixedAmounts: z.array(decimalText).default([]),
  localFixedAmounts: z.array(decimalText).default([]),
  fx: z.object({ rate: decimalText, currencyCode: currency.optional() }).nullable().default(null),
  country: z.object({ isoName: z.string() }).nullable().default(null),
}).refine((op) => op.id !== undefined || op.operatorId !== undefined, { message: 'an operator without an id' });

export type OperatorAnswer = z.infer<typeof OperatorWire>;

export const TransactionStatusWire = z.enum(['PROCESSING', 'SUCCESSFUL', 'FAILED', 'REFUNDED']);

export const TransactionWire = z.object({
  transactionId: idText,
  status: TransactionStatusWire,
  customIdentifier: z.string().nullable().default(null),
  operatorTransactionId: z.union([z.string(), z.number()]).transform(String).nullable().default(null),
  requestedAmount: decimalText,
  requestedAmountCurrencyCode: currency,
  deliveredAmount: decimalText,
  deliveredAmountCurrencyCode: currency,
  /** "YYYY-MM-DD HH:MM:SS" with no zone; leb reads it as UTC (docs/reloadly.md). */
  transactionDate: z.string().nullable().default(null),
  balanceInfo: z.object({ newBalance: decimalText, currencyCode: currency }).nullable().default(null),
});

export type TransactionAnswer = z.infer<typeof TransactionWire>;

/**
 * The transactions report. Reloadly's own example pads `content` with empty objects, so entries that are not
 * transactions are skipped rather than failing the whole page.
 */
export const TransactionsPageWire = z.object({
  content: z.array(z.unknown()).transform((items) =>
    items.flatMap((item) => {
      const parsed = TransactionWire.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
  totalPages: z.number().int().nonnegative().optional(),
});

export const ErrorWire = z.object({
  errorCode: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
});

/**
 * Minor units of `currency` for a decimal text. Digits past the currency's precision (Reloadly writes GBP
 * 4.9985) are rounded half up: leb shows what was delivered to the minor unit, it never pays by this figure.
 */
export function decimalToMinor(text: string, currencyCode: string): Money {
  const exponent = currencyExponent(currencyCode);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  let minor = Number(whole) * 10 ** exponent + Number(kept || '0');
  if ((fraction[exponent] ?? '0') >= '5') minor += 1;
  return { minor: negative ? -minor : minor, currency: currencyCode };
}

/** A Money as the decimal number Reloadly's top-up body takes (e.g. 50 or 6.52). */
export function minorToWireNumber(amount: Money): number {
  const exponent = currencyExponent(amount.currency);
  // Exact: a decimal string of at most 3 fraction digits parses to the nearest double, which JSON writes back.
  return Number((amount.minor / 10 ** exponent).toFixed(exponent));
}
