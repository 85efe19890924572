// The one port every provider implements: the embedded sandbox carrier, the leb Provider API over HTTP and
// Airalo. Commands only ever see this interface; adding a provider is one new folder beside this file.

import type { Money } from '../domain/money.js';
import type { KeepNumberRules, Plan } from '../domain/rules.js';
import type { LocalDate } from '../domain/dates.js';
import type { Carrier } from '../domain/carriers/types.js';
import type { TrackedValidity } from '../domain/carriers/keep.js';
import type { ProviderLineFlag } from '../domain/validity.js';

export type ProviderKind = 'sandbox' | 'http' | 'airalo' | 'manual' | 'reloadly';

export interface LineRef {
  /** The provider's id for the line; what `leb status` prints and `--line` takes. */
  id: string;
  /** E.164, or null for data-only eSIMs. */
  number: string | null;
  iccid: string | null;
  alias: string | null;
}

export interface LineStatus extends LineRef {
  /** ISO 8601 with the provider's offset; null when unknown (never activated). */
  expiresAt: string | null;
  flag: ProviderLineFlag;
  balance: Money | null;
  data: { remainingMb: number; totalMb: number; unlimited: boolean } | null;
  plan: { id: string; autoRenew: boolean } | null;
  rules: KeepNumberRules;
  /** The method used when none is given: the sandbox's is `card`. */
  defaultMethod: string | null;
  /** Where `expiresAt` comes from; absent means `provider` (an API said so). */
  validitySource?: ValiditySource;
  /** When a person last confirmed the validity (ISO 8601); null or absent otherwise. */
  confirmedAt?: string | null;
  /** Set for a line whose validity leb keeps itself from a carrier rule (a tracked line). */
  tracked?: TrackedFacts;
}

export type ValiditySource = 'provider' | 'confirmed' | 'estimated';

/** What leb knows of a tracked line beyond its status: the carrier's rule and what it last heard. */
export interface TrackedFacts {
  carrier: Carrier;
  state: TrackedValidity;
  /** The payment day the estimate counts from; null when the dates were confirmed. */
  estimatedFrom: LocalDate | null;
  /** True when the estimate is older than the carrier's confirm-after age: the user should confirm it. */
  estimateStale: boolean;
}

export interface PaymentMethod {
  id: string;
  name: string;
}

export type OrderKind = 'topup' | 'renew' | 'auto-renew';

export interface PaymentRequest {
  lineId: string;
  methodId: string;
  /** Sent with the request and reused on every retry of the same intent. */
  idempotencyKey: string;
}

export interface TopupRequest extends PaymentRequest {
  amount: Money;
}

export interface RenewRequest extends PaymentRequest {
  planId: string;
}

export type ProviderOrderStatus = 'succeeded' | 'failed' | 'pending';

export interface ProviderOrder {
  /** The provider's receipt reference. */
  providerRef: string;
  idempotencyKey: string;
  lineId: string;
  kind: OrderKind;
  status: ProviderOrderStatus;
  amount: Money;
  createdAt: string;
  /** Why the provider refused, for `failed`. */
  reason: string | null;
}

export interface Provider {
  readonly kind: ProviderKind;
  listLines(): Promise<LineRef[]>;
  lineStatus(lineId: string): Promise<LineStatus>;
  plans(lineId: string): Promise<Plan[]>;
  paymentMethods(lineId: string): Promise<PaymentMethod[]>;
  /** Resolves with a succeeded or pending order; a refusal throws ProviderError('refused'). */
  topup(request: TopupRequest): Promise<ProviderOrder>;
  renew(request: RenewRequest): Promise<ProviderOrder>;
  setAutoRenew(lineId: string, on: boolean): Promise<void>;
  /** The order sent with this key, or null when the provider never received it. */
  findOrder(lineId: string, idempotencyKey: string): Promise<ProviderOrder | null>;
  /** The operator a top-up network finds for a number now (numbers move between operators). */
  detectOperator?(number: string, country: string): Promise<{ id: string; name: string; country: string }>;
  /** The account's own balance (a prepaid wallet top-ups are paid from), for providers that have one. */
  accountBalance?(): Promise<Money>;
  /** What a top-up delivers and what it costs the account, when they are in different currencies. */
  topupSides?(lineId: string, amount: Money): Promise<{ delivered: Money; charged: Money } | null>;
  close(): Promise<void>;
}

/**
 * Why a provider call failed; src/cli/report.ts maps each to one exit code.
 * - auth: not logged in or credentials rejected (exit 4)
 * - unreachable: network error, timeout, 5xx, rate-limited after retries; nothing was applied (exit 5)
 * - refused: declined payment, recycled line, plan not available (exit 6)
 * - unknown-outcome: a payment may have been applied, the answer was lost (exit 7)
 * - invalid-request: the provider says our input is wrong (unknown line, amount out of range) (exit 2)
 * - bad-response: the provider answered something we cannot read (exit 5)
 * - busy: the same payment is already in progress at the provider (exit 8)
 */
export type ProviderErrorKind =
  | 'auth'
  | 'unreachable'
  | 'refused'
  | 'unknown-outcome'
  | 'invalid-request'
  | 'bad-response'
  | 'busy';

/** Why a network exchange failed, as far as it matters to the person reading the message. */
export type NetworkFailure = 'refused' | 'not-found' | 'dropped' | 'timeout' | 'other';

/**
 * What went wrong, as a machine code and the values a message needs. Providers never word messages: the
 * one place that does, in the user's language, is src/cli/report.ts. `said` is the provider's own words (a
 * problem's detail, a refused order's reason), which are shown as the provider wrote them.
 */
export type ProviderReason =
  | { code: 'said'; detail: string }
  /** No answer within the whole --timeout budget. */
  | { code: 'timed-out'; seconds: number }
  | { code: 'network'; failure: NetworkFailure }
  /** Still "too many requests" after the retries. */
  | { code: 'rate-limited' }
  /** An HTTP error status without a readable problem body. */
  | { code: 'http-status'; status: number }
  | { code: 'not-json' }
  | { code: 'bad-shape'; field: string; problem: string }
  /** The same payment is still being processed at the provider. */
  | { code: 'payment-in-progress' }
  /** The access token was refused even after renewing it; `why` is what the provider answered. */
  | { code: 'token-rejected'; why: ProviderReason }
  | { code: 'no-refresh-token' }
  | { code: 'no-credentials'; account: string }
  | { code: 'no-endpoint'; account: string }
  /** The provider's page cursors repeat, so its list of lines never ends. */
  | { code: 'paging-loop' }
  /** The account's tokens are in an OS keyring that cannot be asked now. */
  | { code: 'keyring-unavailable'; account: string; why: string }
  /** A tracked line (manual provider) that is not in lines.json, or whose carrier left the catalogue. */
  | { code: 'tracked-line-unknown'; line: string }
  | { code: 'carrier-unknown'; carrier: string }
  /** leb does not pay the carrier of a tracked line; a payment made elsewhere is recorded instead. */
  | { code: 'manual-cannot-pay' }
  | CarrierReason;

/**
 * Business answers of a carrier or reseller (Airalo's numbered codes among them, docs/airalo.md), and
 * what a provider without idempotency or amounts needs to say.
 */
export type CarrierReason =
  /** The client id and secret (or login) were refused. */
  | { code: 'credentials-rejected' }
  | { code: 'client-id-unknown' }
  /** This machine's IP address is not on the provider's allow-list. */
  | { code: 'ip-not-allowed' }
  | { code: 'forbidden' }
  /** The provider's rate limits leave no turn for the next request within --timeout. */
  | { code: 'rate-wait'; seconds: number }
  /** Tokens may be asked for only so often; the next one is this far away. */
  | { code: 'token-rate-limited'; seconds: number }
  | { code: 'line-recycled'; line: string | null }
  | { code: 'insufficient-credit' }
  | { code: 'operator-maintenance' }
  | { code: 'invalid-checksum' }
  | { code: 'topup-disabled' }
  | { code: 'out-of-stock'; what: 'esim' | 'package' }
  /** A numbered business code leb has no words for, with the provider's own text. */
  | { code: 'provider-code'; number: number; detail: string }
  | { code: 'line-not-found'; line: string | null }
  | { code: 'plan-not-found'; plan: string | null }
  /** The line can buy no top-up package at all. */
  | { code: 'no-topups'; line: string }
  /** Top-ups are packages: the amount must be one of their prices. */
  | { code: 'amount-not-a-package'; prices: string }
  | { code: 'method-not-found'; method: string; methods: string }
  | { code: 'idempotency-key-reused' }
  | { code: 'purchase-limit' }
  | { code: 'field-rejected'; field: string; detail: string }
  /** An unclear payment is too recent to tell whether it was applied. */
  | { code: 'not-settled-yet'; seconds: number }
  /** The prepaid wallet top-ups are paid from holds too little (Reloadly). */
  | { code: 'wallet-too-low' }
  /** The number was recharged moments ago; the network refuses another for `seconds`. */
  | { code: 'recently-recharged'; number: string | null; seconds: number }
  | { code: 'invalid-number'; number: string | null }
  | { code: 'operator-not-supported'; number: string | null }
  /** The line was added before its operator was known. */
  | { code: 'operator-not-detected'; line: string }
  /** The number now belongs to an operator the line's carrier rule does not fit. */
  | { code: 'operator-changed'; line: string; was: string; now: string; carrier: string }
  /** Renewals are not what a top-up network sells: it delivers airtime. */
  | { code: 'reloadly-topup-only'; carrier: string; plan: boolean }
  | { code: 'auto-renew-unsupported' };

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly reason: ProviderReason;
  constructor(
    readonly kind: ProviderErrorKind,
    /** A string is the provider's own words, short for `{ code: 'said', detail }`. */
    reason: ProviderReason | string,
    /** A stable machine code from the provider when it gave one (`card_declined`, `line_recycled`). */
    readonly code: string | null = null,
    options?: { cause?: unknown },
  ) {
    const structured: ProviderReason = typeof reason === 'string' ? { code: 'said', detail: reason } : reason;
    // Error.message is for --debug traces and logs only; people read what cli/report.ts makes of `reason`.
    super(structured.code === 'said' ? structured.detail : JSON.stringify(structured), options);
    this.reason = structured;
  }
}

/** Whether the provider could not be reached or read: then nothing was applied, and cached lines may stand in. */
export function isUnreachableKind(kind: ProviderErrorKind): boolean {
  return kind === 'unreachable' || kind === 'bad-response';
}
