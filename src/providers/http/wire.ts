// The leb Provider API's bodies as zod schemas: the one definition the reference server validates requests
// with, the client validates responses with, and docs/provider-api.yaml is generated from (`npm run spec`,
// scripts/provider-api.ts).
// Objects strip unknown keys rather than rejecting them, so either side may add fields without breaking the
// other. Units are stated on every field because the spec's descriptions come from here.

import { z } from '../zod.js';

/** Schemas that appear by name under components.schemas in the spec. */
export const apiSchemas = z.registry<{ id: string }>();

const DECIMAL = /^-?\d+(\.\d+)?$/;
const POSITIVE_DECIMAL = /^\d+(\.\d+)?$/;

export const MoneyWire = z
  .object({
    amount: z.string().regex(DECIMAL).meta({
      description:
        'Decimal string in the currency\'s major unit with at most its ISO 4217 minor-unit digits ("12.50" HKD, "500" JPY). Never a JSON number, so no float rounding.',
      examples: ['38.50'],
    }),
    currency: z.string().regex(/^[A-Z]{3}$/).meta({ description: 'ISO 4217 alphabetic code', examples: ['HKD'] }),
  })
  .meta({ description: 'An exact amount of money.' })
  .register(apiSchemas, { id: 'Money' });

export const PositiveMoneyWire = z
  .object({
    amount: z.string().regex(POSITIVE_DECIMAL).meta({ description: 'Positive decimal string, as in Money', examples: ['50.00'] }),
    currency: z.string().regex(/^[A-Z]{3}$/).meta({ description: 'ISO 4217 alphabetic code', examples: ['HKD'] }),
  })
  .meta({ description: 'A positive amount of money (what a top-up adds).' })
  .register(apiSchemas, { id: 'PositiveMoney' });

const isoWithOffset = (description: string) =>
  z.iso.datetime({ offset: true }).meta({ description: `${description} ISO 8601 date-time with a UTC offset.`, examples: ['2027-01-24T23:59:59+08:00'] });

export const LineRefWire = z
  .object({
    id: z.string().min(1).max(128).meta({ description: 'The provider\'s stable id for the line; used in paths.', examples: ['ln_b8u6dc'] }),
    number: z.string().regex(/^\+[1-9]\d{1,14}$/).nullable().meta({ description: 'E.164 phone number; null for data-only eSIMs.', examples: ['+85295074609'] }),
    iccid: z.string().regex(/^\d{18,22}$/).nullable().meta({ description: 'SIM card ICCID (18-22 digits), or null.' }),
    alias: z.string().max(200).nullable().meta({ description: 'A name the carrier or the user gave the line, or null.' }),
  })
  .meta({ description: 'A line (SIM or eSIM) under the logged-in account.' })
  .register(apiSchemas, { id: 'LineRef' });

export const LinesPageWire = z
  .object({
    lines: z.array(LineRefWire),
    nextCursor: z.string().min(1).nullable().meta({ description: 'Pass as ?cursor= to get the next page; null on the last page.' }),
  })
  .register(apiSchemas, { id: 'LinesPage' });

export const RechargeTierWire = z
  .object({
    minAmount: z.string().regex(POSITIVE_DECIMAL).meta({ description: 'Smallest top-up (decimal string in the rules\' currency) that earns this tier.' }),
    validityDays: z.number().int().min(1).max(3660).meta({ description: 'Days of validity granted, counted from the day of the top-up (carrier\'s calendar).' }),
  })
  .register(apiSchemas, { id: 'RechargeTier' });

export const KeepNumberRulesWire = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/).meta({ description: 'ISO 4217 code every amount of this line is charged in.' }),
    graceDays: z.number().int().min(0).max(3660).meta({ description: 'Whole days after expiresAt before the number is recycled; 0 if none.' }),
    rechargeTable: z.array(RechargeTierWire).meta({ description: 'Ascending by minAmount. A top-up sets expiry to max(current expiry, today + validityDays of the best tier it reaches); empty when top-ups only add balance.' }),
    minTopup: MoneyWire.meta({ description: 'Smallest single top-up accepted.' }),
    maxTopup: MoneyWire.meta({ description: 'Largest single top-up accepted.' }),
  })
  .meta({ description: 'The carrier\'s keep-number rules for this line: what a top-up buys and how long grace lasts.' })
  .register(apiSchemas, { id: 'KeepNumberRules' });

export const LineStatusWire = LineRefWire.extend({
  expiresAt: isoWithOffset('When service ends, in the carrier\'s own offset; null if never activated.').nullable(),
  flag: z.enum(['recycled', 'inactive', 'expired']).nullable().meta({ description: 'A state the carrier asserts outright (overrides what the dates imply); null otherwise.' }),
  balance: MoneyWire.nullable().meta({ description: 'Prepaid credit on the line, or null if the line has no balance.' }),
  data: z
    .object({
      remainingMb: z.number().int().min(0).meta({ description: 'Mebibytes (MiB) left; 0 when unlimited.' }),
      totalMb: z.number().int().min(0).meta({ description: 'Mebibytes (MiB) in the current allowance; 0 when unlimited.' }),
      unlimited: z.boolean(),
    })
    .nullable()
    .meta({ description: 'Data allowance, or null if the line has none.' }),
  plan: z
    .object({
      id: z.string().min(1).meta({ description: 'Plan id, as in GET /v1/lines/{lineId}/plans.' }),
      autoRenew: z.boolean().meta({ description: 'Whether the carrier renews the plan by itself on the expiry day.' }),
    })
    .nullable()
    .meta({ description: 'The plan the line is on, or null.' }),
  rules: KeepNumberRulesWire,
  defaultMethod: z.string().min(1).nullable().meta({ description: 'Payment method id used when the client names none, or null.' }),
})
  .meta({ description: 'Everything leb needs to know whether a number is safe: validity, balance, data, plan and the rules.' })
  .register(apiSchemas, { id: 'LineStatus' });

export const PlanWire = z
  .object({
    id: z.string().min(1).meta({ examples: ['monthly'] }),
    name: z.string().min(1).meta({ description: 'For people, in the carrier\'s language.' }),
    price: MoneyWire,
    validityDays: z.number().int().min(1).max(3660).meta({ description: 'Days a renewal adds, counted from the later of today and the current expiry.' }),
  })
  .register(apiSchemas, { id: 'Plan' });

export const PlansWire = z.object({ plans: z.array(PlanWire) }).register(apiSchemas, { id: 'PlanList' });

export const PaymentMethodWire = z
  .object({
    id: z.string().min(1).meta({ examples: ['card'] }),
    name: z.string().min(1).meta({ description: 'For people; never a full card number.', examples: ['Card •••• 4242'] }),
  })
  .register(apiSchemas, { id: 'PaymentMethod' });

export const PaymentMethodsWire = z.object({ methods: z.array(PaymentMethodWire) }).register(apiSchemas, { id: 'PaymentMethodList' });

export const TopupRequestWire = z
  .object({
    amount: PositiveMoneyWire.meta({ description: 'What to add to the balance, in the line\'s currency (rules.currency).' }),
    method: z.string().min(1).max(64).meta({ description: 'Payment method id.', examples: ['card'] }),
  })
  .register(apiSchemas, { id: 'TopupRequest' });

export const RenewalRequestWire = z
  .object({
    plan: z.string().min(1).max(64).meta({ description: 'Plan id.', examples: ['quarterly'] }),
    method: z.string().min(1).max(64).meta({ description: 'Payment method id.', examples: ['card'] }),
  })
  .register(apiSchemas, { id: 'RenewalRequest' });

export const OrderWire = z
  .object({
    ref: z.string().min(1).meta({ description: 'The carrier\'s receipt reference.', examples: ['SBX-000042'] }),
    idempotencyKey: z.string().min(1).meta({ description: 'The Idempotency-Key the order was created with.' }),
    line: z.string().min(1).meta({ description: 'Line id.' }),
    kind: z.enum(['topup', 'renew', 'auto-renew']),
    status: z.enum(['succeeded', 'failed', 'pending']).meta({ description: 'pending: accepted, not settled yet; look it up again later.' }),
    amount: MoneyWire.meta({ description: 'What was (or would have been) charged.' }),
    method: z.string().nullable().meta({ description: 'Payment method id.' }),
    plan: z.string().nullable().meta({ description: 'Plan id for renewals, else null.' }),
    createdAt: isoWithOffset('When the carrier accepted the order.'),
    failure: z
      .object({ code: z.string(), reason: z.string() })
      .nullable()
      .meta({ description: 'Why a failed order failed (code as in Problem.code); null otherwise.' }),
  })
  .register(apiSchemas, { id: 'Order' });

export const OrderListWire = z.object({ orders: z.array(OrderWire) }).register(apiSchemas, { id: 'OrderList' });

export const AutoRenewRequestWire = z.object({ enabled: z.boolean() }).register(apiSchemas, { id: 'AutoRenewRequest' });

export const AutoRenewWire = z
  .object({ line: z.string().min(1), enabled: z.boolean() })
  .register(apiSchemas, { id: 'AutoRenew' });

export const LoginRequestWire = z
  .object({
    login: z.string().min(1).max(256),
    password: z.string().min(1).max(1024).meta({ description: 'Exchanged for tokens; clients must not store it.' }),
  })
  .register(apiSchemas, { id: 'LoginRequest' });

export const RefreshRequestWire = z
  .object({ refresh_token: z.string().min(1).max(4096) })
  .register(apiSchemas, { id: 'RefreshRequest' });

export const TokenWire = z
  .object({
    access_token: z.string().min(1).max(4096).meta({ description: 'Send as "Authorization: Bearer <token>".' }),
    refresh_token: z.string().min(1).max(4096).meta({ description: 'Single use: each refresh returns a new one (the old one stays accepted for 60 seconds, so a lost answer can be retried).' }),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().min(1).meta({ description: 'Seconds until the access token expires.' }),
  })
  .meta({ description: 'OAuth 2.0-style token response (RFC 6749 §5.1).' })
  .register(apiSchemas, { id: 'Token' });

export const ProblemWire = z
  .object({
    type: z.string().meta({ description: 'urn:leb:problem:<code>' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional().meta({ description: 'For people; may be shown to the user as is.' }),
    code: z.string().min(1).meta({ description: 'Stable machine code; clients branch on this, never on title or detail.' }),
    instance: z.string().optional(),
    orderRef: z.string().optional().meta({ description: 'For a refused payment: the ref of the failed order stored under the Idempotency-Key.' }),
  })
  .meta({ description: 'RFC 9457 problem details, sent as application/problem+json.' })
  .register(apiSchemas, { id: 'Problem' });

/** Idempotency-Key: visible ASCII, as Stripe accepts; a UUID is typical. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export const PAGE_LIMIT_DEFAULT = 100;
export const PAGE_LIMIT_MAX = 500;

export const LinesQueryWire = z.object({
  cursor: z.string().min(1).max(256).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
});

export type MoneyWire = z.infer<typeof MoneyWire>;
export type LineRefWire = z.infer<typeof LineRefWire>;
export type LineStatusWire = z.infer<typeof LineStatusWire>;
export type PlanWire = z.infer<typeof PlanWire>;
export type OrderWire = z.infer<typeof OrderWire>;
export type TokenWire = z.infer<typeof TokenWire>;
export type ProblemWire = z.infer<typeof ProblemWire>;

/** Where and why a value failed its schema, from zod's first issue; `whole` names the value when the issue is at its root. */
export function firstIssue(error: z.ZodError, whole: string): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue?.path.length ? issue.path.join('.') : whole, message: issue?.message ?? 'unexpected' };
}
