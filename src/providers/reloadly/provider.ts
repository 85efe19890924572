// The `reloadly` provider: tracked lines (LEB_HOME/lines.json) on a Reloadly account, topped up through
// Reloadly's airtime API. Reloadly never reports validity, so a line's status is the carrier rule applied to
// what the user confirmed and what was paid since (as for `manual` lines); after a successful top-up the
// estimated expiry moves by that rule. Exactly once: leb's idempotency key is Reloadly's customIdentifier, and
// an unclear top-up is settled by looking the identifier up, never by sending again blindly.

import { dateIn } from '../../domain/dates.js';
import type { Money } from '../../domain/money.js';
import type { Carrier } from '../../domain/carriers/types.js';
import { findCarrier } from '../../domain/carriers/catalogue.js';
import { carriersForOperator } from '../../domain/carriers/match.js';
import type { Plan } from '../../domain/rules.js';
import { applyPayment, type TrackedLine, type TrackedLineStore } from '../../store/tracked-lines.js';
import { trackedStatus } from '../manual/status.js';
import { ProviderError, type LineRef, type LineStatus, type PaymentMethod, type Provider, type ProviderOrder, type RenewRequest, type TopupRequest } from '../port.js';
import type { ReloadlyClient } from './client.js';
import { UnclearOutcome } from '../client-failures.js';
import { reloadlyError } from './errors.js';
import { bothSides, operatorAmountProblem, readOperator, type ReloadlyOperator } from './operator.js';
import { operatorRules, tierPlans } from './rules.js';
import type { TokenSource } from './token.js';
import { BalanceWire, decimalToMinor, minorToWireNumber, OperatorWire, TransactionsPageWire, TransactionWire, type TransactionAnswer } from './wire.js';

export const WALLET_METHOD = 'wallet';

export interface ReloadlyProviderDeps {
  account: string;
  client: ReloadlyClient;
  tokens: TokenSource;
  store: TrackedLineStore;
  catalogue: () => Carrier[];
  now: () => Date;
}

export class ReloadlyProvider implements Provider {
  readonly kind = 'reloadly' as const;
  /** Operators read in this run, by id: one request per operator however many lines use it. */
  private readonly operators = new Map<string, Promise<ReloadlyOperator>>();

  constructor(private readonly deps: ReloadlyProviderDeps) {}

  private lines(): readonly TrackedLine[] {
    return this.deps.store.ofAccount(this.deps.account).lines;
  }

  private line(lineId: string): TrackedLine {
    const line = this.deps.store.ofAccount(this.deps.account).byId.get(lineId);
    if (!line) throw reloadlyError('invalid-request', 'unknown_line', { code: 'tracked-line-unknown', line: lineId });
    return line;
  }

  private carrierOf(line: TrackedLine): Carrier {
    const carrier = findCarrier(this.deps.catalogue(), line.carrier);
    if (!carrier) throw reloadlyError('invalid-request', 'unknown_carrier', { code: 'carrier-unknown', carrier: line.carrier });
    return carrier;
  }

  private get<S extends Parameters<ReloadlyClient['call']>[0]['schema']>(path: string, schema: S, query?: Record<string, string>, number: string | null = null) {
    return this.deps.tokens.authorized((token) => this.deps.client.call({ host: 'topups', method: 'GET', path, ...(query ? { query } : {}), token, schema, number }));
  }

  /** The operator Reloadly detects for a number now (numbers move between operators). */
  async detect(number: string, country: string): Promise<ReloadlyOperator> {
    const digits = number.replace(/^\+/, '');
    const answer = await this.get(`/operators/auto-detect/phone/${digits}/countries/${country}`, OperatorWire, { suggestedAmounts: 'true' }, number);
    return usable(answer, number);
  }

  async detectOperator(number: string, country: string): Promise<{ id: string; name: string; country: string }> {
    const op = await this.detect(number, country);
    return { id: op.id, name: op.name, country };
  }

  private operator(id: string, number: string): Promise<ReloadlyOperator> {
    let known = this.operators.get(id);
    if (!known) {
      known = this.get(`/operators/${encodeURIComponent(id)}`, OperatorWire, undefined, number).then((answer) => usable(answer, number));
      this.operators.set(id, known);
      known.catch(() => this.operators.delete(id));
    }
    return known;
  }

  private operatorOf(line: TrackedLine): Promise<ReloadlyOperator> {
    if (line.operator === null) throw reloadlyError('invalid-request', 'operator_unknown', { code: 'operator-not-detected', line: line.id });
    return this.operator(line.operator.id, line.number);
  }

  async listLines(): Promise<LineRef[]> {
    return this.lines().map((l) => ({ id: l.id, number: l.number, iccid: null, alias: null }));
  }

  async lineStatus(lineId: string): Promise<LineStatus> {
    const line = this.line(lineId);
    const carrier = this.carrierOf(line);
    const status = trackedStatus(line, carrier, this.deps.now());
    const op = await this.operatorOf(line);
    return { ...status, rules: operatorRules(carrier, op), defaultMethod: WALLET_METHOD };
  }

  /** The carrier's tiers as top-ups priced through the operator; the carrier's plan for plan rules. */
  async plans(lineId: string): Promise<Plan[]> {
    const line = this.line(lineId);
    return tierPlans(this.carrierOf(line), await this.operatorOf(line));
  }

  async paymentMethods(): Promise<PaymentMethod[]> {
    return [{ id: WALLET_METHOD, name: 'Reloadly wallet' }];
  }

  /** The wallet top-ups are paid from. */
  async accountBalance(): Promise<Money> {
    const answer = await this.get('/accounts/balance', BalanceWire);
    return decimalToMinor(answer.balance, answer.currencyCode);
  }

  /** What a top-up of `amount` delivers and what it takes from the wallet, estimated through the rate. */
  async topupSides(lineId: string, amount: Money): Promise<{ delivered: Money; charged: Money } | null> {
    return bothSides(await this.operatorOf(this.line(lineId)), amount);
  }

  async topup(request: TopupRequest): Promise<ProviderOrder> {
    const line = this.line(request.lineId);
    const carrier = this.carrierOf(line);
    if (request.methodId !== WALLET_METHOD) {
      throw reloadlyError('invalid-request', 'unknown_method', { code: 'method-not-found', method: request.methodId, methods: WALLET_METHOD });
    }
    const op = await this.redetect(line, carrier);
    const problem = operatorAmountProblem(op, request.amount);
    if (problem) throw reloadlyError('invalid-request', 'amount_not_offered', { code: 'field-rejected', field: 'amount', detail: problem.kind });
    const body = {
      operatorId: Number(op.id),
      amount: minorToWireNumber(request.amount),
      useLocalAmount: op.local,
      customIdentifier: request.idempotencyKey,
      recipientPhone: { countryCode: line.operator?.country ?? op.countryIso ?? '', number: line.number.replace(/^\+/, '') },
    };
    let answer: TransactionAnswer;
    try {
      answer = await this.deps.tokens.authorized((token) =>
        this.deps.client.call({ host: 'topups', method: 'POST', path: '/topups', body, token, schema: TransactionWire, payment: true, number: line.number }),
      );
    } catch (error) {
      if (error instanceof UnclearOutcome) return this.settleUnclear(line, request, error);
      // A refused identifier may be this intent's own earlier attempt that did arrive: look before failing.
      if (error instanceof ProviderError && error.code === 'reloadly_duplicated_custom_identifier') {
        const found = await this.findOrder(line.id, request.idempotencyKey);
        if (found) return found;
      }
      throw error;
    }
    return this.settled(line, request.idempotencyKey, answer);
  }

  /** Reloadly's answer was lost or unreadable: the report says whether the top-up exists. */
  private async settleUnclear(line: TrackedLine, request: TopupRequest, unclear: UnclearOutcome): Promise<ProviderOrder> {
    let found: ProviderOrder | null = null;
    try {
      found = await this.findOrder(line.id, request.idempotencyKey);
    } catch {
      // The lookup failed too: the outcome stays unknown, for `leb reconcile`.
    }
    if (found) return found;
    throw reloadlyError('unknown-outcome', 'unclear', unclear.why);
  }

  /** Detect the number's operator again; a move to an operator the line's carrier does not fit stops here. */
  private async redetect(line: TrackedLine, carrier: Carrier): Promise<ReloadlyOperator> {
    const stored = line.operator;
    if (stored === null) throw reloadlyError('invalid-request', 'operator_unknown', { code: 'operator-not-detected', line: line.id });
    const op = await this.detect(line.number, stored.country);
    if (op.id === stored.id) return op;
    const fits = carriersForOperator(this.deps.catalogue(), op.name, op.countryIso).some((c) => c.id === carrier.id);
    await this.deps.store.update((lines) => {
      const current = lines.find((l) => l.id === line.id && l.account === line.account);
      if (current) current.operator = { id: op.id, name: op.name, country: stored.country, checkedAt: this.deps.now().toISOString() };
    });
    if (!fits) throw reloadlyError('refused', 'operator_changed', { code: 'operator-changed', line: line.id, was: stored.name, now: op.name, carrier: carrier.id });
    return op;
  }

  async renew(request: RenewRequest): Promise<ProviderOrder> {
    const carrier = this.carrierOf(this.line(request.lineId));
    throw reloadlyError('invalid-request', 'renew_unsupported', { code: 'reloadly-topup-only', carrier: carrier.id, plan: carrier.rule.kind === 'plan' });
  }

  setAutoRenew(): Promise<void> {
    return Promise.reject(reloadlyError('refused', 'auto_renew_unsupported', { code: 'auto-renew-unsupported' }));
  }

  async findOrder(lineId: string, idempotencyKey: string): Promise<ProviderOrder | null> {
    const line = this.line(lineId);
    const page = await this.get('/topups/reports/transactions', TransactionsPageWire, { customIdentifier: idempotencyKey, page: '1', size: '20' }, line.number);
    let answer = page.content.find((t) => t.customIdentifier === idempotencyKey);
    if (!answer) return null;
    if (answer.status === 'PROCESSING') answer = await this.get(`/topups/${encodeURIComponent(answer.transactionId)}/status`, TransactionWire, undefined, line.number);
    return this.settled(line, idempotencyKey, answer);
  }

  /** The order for a transaction; a successful one moves the line's estimated expiry by the carrier's rule. */
  private async settled(line: TrackedLine, idempotencyKey: string, t: TransactionAnswer): Promise<ProviderOrder> {
    const delivered = decimalToMinor(t.deliveredAmount, t.deliveredAmountCurrencyCode);
    const requested = decimalToMinor(t.requestedAmount, t.requestedAmountCurrencyCode);
    // The order's amount is the one leb asked for: local amounts are what was delivered, others what was charged.
    const asked = (await this.operatorOf(line)).local ? delivered : requested;
    if (t.status === 'SUCCESSFUL') await this.moveEstimate(line, delivered, t);
    const status = t.status === 'SUCCESSFUL' ? 'succeeded' : t.status === 'PROCESSING' ? 'pending' : 'failed';
    return {
      providerRef: t.operatorTransactionId ? `${t.transactionId}/${t.operatorTransactionId}` : t.transactionId,
      idempotencyKey,
      lineId: line.id,
      kind: 'topup',
      status,
      amount: asked,
      createdAt: readDate(t.transactionDate) ?? this.deps.now().toISOString(),
      reason: t.status === 'FAILED' || t.status === 'REFUNDED' ? `reloadly_${t.status.toLowerCase()}: the money went back to the Reloadly wallet` : null,
    };
  }

  /**
   * The carrier's rule applied to what was delivered, counted from the day of the top-up in the carrier's
   * calendar. Applying it twice for one top-up gives the same dates (tiers count from the recharge day and
   * never shorten), so a top-up seen again by `reconcile` moves nothing further.
   */
  private async moveEstimate(line: TrackedLine, delivered: Money, t: TransactionAnswer): Promise<void> {
    const carrier = this.carrierOf(line);
    if (delivered.currency !== carrier.currency) return;
    const paidAt = readDate(t.transactionDate);
    const paidOn = dateIn(paidAt === null ? this.deps.now() : new Date(paidAt), carrier.timeZone);
    await this.deps.store.update((lines) => {
      const index = lines.findIndex((l) => l.id === line.id && l.account === line.account);
      if (index >= 0) lines[index] = applyPayment(lines[index]!, carrier, 'topup', delivered, paidOn).line;
    });
  }

  async close(): Promise<void> {}
}

function usable(answer: ReturnType<typeof OperatorWire.parse>, number: string): ReloadlyOperator {
  const op = readOperator(answer);
  if ('problem' in op) throw reloadlyError('refused', 'operator_not_supported', { code: 'operator-not-supported', number });
  return op;
}

/** Reloadly's "YYYY-MM-DD HH:MM:SS" has no zone; leb reads it as UTC (docs/reloadly.md). */
function readDate(text: string | null): string | null {
  if (text === null || !/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/.test(text)) return null;
  return `${text.slice(0, 10)}T${text.slice(11, 19)}Z`;
}
