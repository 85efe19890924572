// The `airalo` provider: the Provider port over Airalo Partner API v2. Lines are the partner's eSIMs, status
// is the usage endpoint, plans are the eSIM's eligible top-up packages, and a top-up or renewal buys one of
// them. Exactly once without idempotency at Airalo: see intents.ts.

import type { Money } from '../../domain/money.js';
import type { Plan } from '../../domain/rules.js';
import { ProviderError, type LineRef, type LineStatus, type OrderKind, type PaymentMethod, type Provider, type ProviderOrder, type RenewRequest, type TopupRequest } from '../port.js';
import type { AiraloClient } from './client.js';
import { UnclearOutcome } from '../client-failures.js';
import { AIRALO_CURRENCY, airaloTime, PARTNER_BALANCE, toLineStatus, toPlan, usd } from './convert.js';
import { airaloError, businessError } from './errors.js';
import type { Intent, IntentOutcome, IntentStore } from './intents.js';
import type { TokenSource } from './token.js';
import { HistoryAnswer, OrderAnswer, SimsPage, TopupsAnswer, UsageAnswer, type TopupPackage } from './wire.js';

const PAGE_SIZE = 100;
const MAX_PAGES = 10_000;
/** Right after an unclear attempt the order may still be in flight at Airalo: absent from history is not proof yet. */
export const SETTLE_AFTER_MS = 120_000;

const sim = (iccid: string) => `/v2/sims/${encodeURIComponent(iccid)}`;

export interface AiraloProviderDeps {
  client: AiraloClient;
  tokens: TokenSource;
  intents: IntentStore;
  /** Wall-clock epoch ms. */
  wallNow: () => number;
}

export class AiraloProvider implements Provider {
  readonly kind = 'airalo' as const;
  private readonly aliases = new Map<string, string | null>();
  /** Each eSIM's eligible packages, asked once per run: a renewal right after `plans` does not ask again. */
  private readonly eligible = new Map<string, Promise<TopupPackage[]>>();

  constructor(private readonly deps: AiraloProviderDeps) {}

  private get<T>(call: (token: string) => Promise<T>): Promise<T> {
    return this.deps.tokens.authorized(call);
  }

  async listLines(): Promise<LineRef[]> {
    const lines: LineRef[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = await this.get((token) =>
        this.deps.client.call({ method: 'GET', path: '/v2/sims', query: { limit: String(PAGE_SIZE), page: String(page) }, token, schema: SimsPage, limits: ['client'] }),
      );
      for (const s of answer.data) {
        const alias = s.simable?.package ?? null;
        this.aliases.set(s.iccid, alias);
        lines.push({ id: s.iccid, number: null, iccid: s.iccid, alias });
      }
      const last = answer.meta?.last_page ?? page;
      if (answer.data.length === 0 || page >= last) return lines;
    }
    throw airaloError('bad-response', 'paging_loop', { code: 'paging-loop' });
  }

  async lineStatus(lineId: string): Promise<LineStatus> {
    const answer = await this.get((token) =>
      this.deps.client.call({ method: 'GET', path: `${sim(lineId)}/usage`, token, schema: UsageAnswer, limits: ['client', `usage:${lineId}`], iccid: lineId }),
    );
    return toLineStatus(lineId, this.aliases.get(lineId) ?? null, answer.data);
  }

  private packages(lineId: string): Promise<TopupPackage[]> {
    let asked = this.eligible.get(lineId);
    if (!asked) {
      asked = this.get((token) =>
        this.deps.client.call({ method: 'GET', path: `${sim(lineId)}/topups`, token, schema: TopupsAnswer, limits: ['client'], iccid: lineId }),
      ).then((answer) => answer.data);
      this.eligible.set(lineId, asked);
      asked.catch(() => this.eligible.delete(lineId));
    }
    return asked;
  }

  async plans(lineId: string): Promise<Plan[]> {
    return (await this.packages(lineId)).map(toPlan);
  }

  async paymentMethods(): Promise<PaymentMethod[]> {
    return [{ ...PARTNER_BALANCE }];
  }

  async topup(request: TopupRequest): Promise<ProviderOrder> {
    this.checkMethod(request.methodId);
    const replay = this.replayed(request.idempotencyKey, request.lineId);
    if (replay && replay.priceMinor !== request.amount.minor) throw airaloError('invalid-request', 'idempotency_key_reused', { code: 'idempotency-key-reused' });
    if (replay) return this.pay('topup', request.idempotencyKey, request.lineId, null, replay);
    const packages = await this.packages(request.lineId);
    const pkg = packages.find((p, i) => sameMoney(usd(p.price, `data[${i}].price`), request.amount));
    if (!pkg) {
      const prices = packages.map((p) => String(p.price)).join(', ');
      if (packages.length === 0) throw airaloError('invalid-request', 'no_topups', { code: 'no-topups', line: request.lineId });
      throw airaloError('invalid-request', 'amount_not_a_package', { code: 'amount-not-a-package', prices });
    }
    return this.pay('topup', request.idempotencyKey, request.lineId, pkg, null);
  }

  async renew(request: RenewRequest): Promise<ProviderOrder> {
    this.checkMethod(request.methodId);
    const replay = this.replayed(request.idempotencyKey, request.lineId);
    if (replay && replay.packageId !== request.planId) throw airaloError('invalid-request', 'idempotency_key_reused', { code: 'idempotency-key-reused' });
    if (replay) return this.pay('renew', request.idempotencyKey, request.lineId, null, replay);
    const packages = await this.packages(request.lineId);
    const pkg = packages.find((p) => p.id === request.planId);
    if (!pkg && packages.length === 0) throw airaloError('invalid-request', 'no_topups', { code: 'no-topups', line: request.lineId });
    if (!pkg) throw airaloError('invalid-request', 'plan_not_found', { code: 'plan-not-found', plan: request.planId });
    return this.pay('renew', request.idempotencyKey, request.lineId, pkg, null);
  }

  private checkMethod(methodId: string): void {
    if (methodId !== PARTNER_BALANCE.id) throw airaloError('invalid-request', 'method_not_found', { code: 'method-not-found', method: methodId, methods: PARTNER_BALANCE.id });
  }

  /** An earlier intent under this key: the same payment again, settled before anything is sent. */
  private replayed(key: string, lineId: string): Intent | null {
    const intent = this.deps.intents.get(key);
    if (intent && intent.iccid !== lineId) throw airaloError('invalid-request', 'idempotency_key_reused', { code: 'idempotency-key-reused' });
    return intent;
  }

  private async historyIds(lineId: string): Promise<HistoryAnswer> {
    return this.get((token) =>
      this.deps.client.call({ method: 'GET', path: `${sim(lineId)}/packages`, token, schema: HistoryAnswer, limits: ['client', `packages:${lineId}`], iccid: lineId }),
    );
  }

  /**
   * One payment intent. A known intent is settled first: its recorded outcome replays, a history entry that
   * appeared since the first attempt means it was applied, and only an intent Airalo never applied is sent again.
   */
  private async pay(kind: OrderKind, key: string, lineId: string, pkg: TopupPackage | null, known: Intent | null): Promise<ProviderOrder> {
    const { intents, wallNow } = this.deps;
    let intent: Intent;
    if (known) {
      const settled = await this.settle(key, known);
      // A refusal is Airalo's definite answer to this intent: say it again rather than ask again.
      if (settled?.status === 'failed') throw refusalReplayed(settled.code, lineId);
      if (settled) return outcomeToOrder(settled, key, known);
      intent = known;
    } else {
      if (pkg === null) throw new Error('a new intent needs its package');
      const before = (await this.historyIds(lineId)).data.map((h) => String(h.id));
      const priceMinor = usd(pkg.price, 'price').minor;
      intent = await intents.update(key, (current) => {
        if (current) throw airaloError('busy', 'payment_in_progress', { code: 'payment-in-progress' });
        return { iccid: lineId, packageId: pkg.id, kind: kind === 'renew' ? 'renew' : 'topup', priceMinor, before, sentAt: wallNow(), unclearAt: null, outcome: null };
      });
    }
    return this.send(key, intent);
  }

  private async send(key: string, intent: Intent): Promise<ProviderOrder> {
    const { client, intents, wallNow } = this.deps;
    let answer: OrderAnswer;
    try {
      answer = await this.get((token) =>
        client.call({
          method: 'POST',
          path: '/v2/orders/topups',
          // leb's key goes into Airalo's free-text description, where the partner's order list can find it.
          body: { type: 'multipart', fields: { package_id: intent.packageId, iccid: intent.iccid, description: `leb:${key}` } },
          token,
          schema: OrderAnswer,
          limits: ['client'],
          payment: true,
          iccid: intent.iccid,
        }),
      );
    } catch (error) {
      if (error instanceof UnclearOutcome) {
        await intents.update(key, (current) => ({ ...(current ?? intent), unclearAt: wallNow() }));
        const settled = await this.settle(key, { ...intent, unclearAt: wallNow() }).catch(() => null);
        if (settled) return outcomeToOrder(settled, key, intent);
        throw airaloError('unknown-outcome', 'order_unclear', error.why);
      }
      if (error instanceof ProviderError && error.kind === 'refused') {
        await this.record(key, { status: 'failed', ref: null, createdAt: null, amountMinor: null, code: error.code });
      }
      throw error;
    }
    const data = answer.data;
    const outcome = await this.record(key, {
      status: 'succeeded',
      ref: data.code ?? String(data.id),
      createdAt: data.created_at ? airaloTime(data.created_at, 'data.created_at') : new Date(wallNow()).toISOString(),
      amountMinor: data.currency && data.currency !== AIRALO_CURRENCY ? intent.priceMinor : usd(data.price, 'data.price').minor,
      code: null,
    });
    return outcomeToOrder(outcome, key, intent);
  }

  private async record(key: string, outcome: IntentOutcome): Promise<IntentOutcome> {
    await this.deps.intents.update(key, (current) => {
      if (!current) throw new Error(`no intent recorded for ${key}`);
      return { ...current, outcome };
    });
    return outcome;
  }

  /**
   * The outcome of an intent, from the record or from the eSIM's package history; null when Airalo never
   * applied it. Throws unknown-outcome while an unclear attempt is too recent to tell.
   */
  private async settle(key: string, intent: Intent): Promise<IntentOutcome | null> {
    if (intent.outcome) return intent.outcome;
    const history = await this.historyIds(intent.iccid);
    const before = new Set(intent.before);
    const applied = history.data.find((h) => !before.has(String(h.id)) && h.package.id === intent.packageId);
    if (applied) {
      return this.record(key, {
        status: 'succeeded',
        ref: `history-${String(applied.id)}`,
        createdAt: applied.activated_at ? airaloTime(applied.activated_at, 'activated_at') : new Date(intent.sentAt).toISOString(),
        amountMinor: intent.priceMinor,
        code: null,
      });
    }
    if (intent.unclearAt !== null && this.deps.wallNow() - intent.unclearAt < SETTLE_AFTER_MS) {
      throw airaloError('unknown-outcome', 'order_not_settled_yet', { code: 'not-settled-yet', seconds: Math.ceil(SETTLE_AFTER_MS / 1000) });
    }
    return null;
  }

  async setAutoRenew(): Promise<void> {
    throw airaloError('refused', 'auto_renew_unsupported', { code: 'auto-renew-unsupported' });
  }

  async findOrder(lineId: string, idempotencyKey: string): Promise<ProviderOrder | null> {
    const intent = this.deps.intents.get(idempotencyKey);
    if (!intent || intent.iccid !== lineId) return null;
    const outcome = await this.settle(idempotencyKey, intent);
    return outcome ? outcomeToOrder(outcome, idempotencyKey, intent) : null;
  }

  async close(): Promise<void> {
    // The agent belongs to the run and is closed with the context.
  }
}

function sameMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.minor === b.minor;
}

function outcomeToOrder(outcome: IntentOutcome, key: string, intent: Intent): ProviderOrder {
  return {
    providerRef: outcome.ref ?? '',
    idempotencyKey: key,
    lineId: intent.iccid,
    kind: intent.kind,
    status: outcome.status,
    amount: { minor: outcome.amountMinor ?? intent.priceMinor, currency: AIRALO_CURRENCY },
    createdAt: outcome.createdAt ?? new Date(intent.sentAt).toISOString(),
    reason: outcome.code,
  };
}

/** A refusal recorded for this key, said again; the machine code says which one. */
function refusalReplayed(code: string | null, line: string): ProviderError {
  if (code === 'insufficient_credit') return businessError(11, '', line);
  if (code === 'topup_disabled') return businessError(23, '', line);
  if (code === 'esim_out_of_stock') return businessError(33, '', line);
  if (code === 'package_unavailable') return businessError(34, '', line);
  if (code === 'line_recycled') return businessError(73, '', line);
  if (code === 'purchase_limit') return airaloError('refused', 'purchase_limit', { code: 'purchase-limit' });
  return airaloError('refused', code ?? 'refused', { code: 'provider-code', number: 0, detail: code ?? 'refused' });
}
