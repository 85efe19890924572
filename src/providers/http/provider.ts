// The `http` provider: the Provider port over the leb Provider API (docs/provider-api.yaml). Every answer is
// validated and converted before the rest of leb sees it; anything it cannot read is a 'bad-response', or,
// for a payment, an 'unknown-outcome' that `leb reconcile` settles through findOrder.

import type { z } from 'zod';
import type { Plan } from '../../domain/rules.js';
import {
  ProviderError,
  type LineRef,
  type LineStatus,
  type PaymentMethod,
  type Provider,
  type ProviderOrder,
  type RenewRequest,
  type TopupRequest,
} from '../port.js';
import type { ApiClient, Call } from './client.js';
import { fromLineRef, fromLineStatus, fromMethod, fromOrder, fromPlan, toMoney, WireError } from './convert.js';
import type { Session } from './session.js';
import {
  AutoRenewWire,
  LinesPageWire,
  LineStatusWire,
  OrderListWire,
  OrderWire,
  PAGE_LIMIT_MAX,
  PaymentMethodsWire,
  PlansWire,
  type OrderWire as Order,
} from './wire.js';

/** Kinds that are the carrier's definite answer about a payment, whatever happened to earlier attempts. */
const DEFINITE = new Set(['refused', 'invalid-request', 'unknown-outcome']);

/** More pages than this means a server handing out cursors in a loop. */
const MAX_PAGES = 10_000;

const line = (lineId: string) => `/v1/lines/${encodeURIComponent(lineId)}`;

export class HttpProvider implements Provider {
  readonly kind = 'http' as const;

  constructor(
    private readonly client: ApiClient,
    private readonly session: Session,
  ) {}

  private get<S extends z.ZodType>(path: string, schema: S, query?: Record<string, string | undefined>): Promise<z.infer<S>> {
    return this.session.authorized((token) => this.client.call({ method: 'GET', path, token, schema, ...(query ? { query } : {}) }));
  }

  /** Wire → domain; a value zod's shapes let through but the domain cannot hold is still a bad response. */
  private convert<T>(make: () => T): T {
    try {
      return make();
    } catch (error) {
      if (error instanceof WireError) throw new ProviderError('bad-response', error.message);
      throw error;
    }
  }

  async listLines(): Promise<LineRef[]> {
    const lines: LineRef[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await this.get('/v1/lines', LinesPageWire, { limit: String(PAGE_LIMIT_MAX), cursor });
      lines.push(...answer.lines.map(fromLineRef));
      if (answer.nextCursor === null) return lines;
      if (seen.has(answer.nextCursor)) break;
      seen.add(answer.nextCursor);
      cursor = answer.nextCursor;
    }
    throw new ProviderError('bad-response', { code: 'paging-loop' });
  }

  async lineStatus(lineId: string): Promise<LineStatus> {
    const wire = await this.get(line(lineId), LineStatusWire);
    if (wire.id !== lineId) throw new ProviderError('bad-response', { code: 'bad-shape', field: 'id', problem: `asked for ${lineId}, got ${wire.id}` });
    return this.convert(() => fromLineStatus(wire));
  }

  async plans(lineId: string): Promise<Plan[]> {
    const wire = await this.get(`${line(lineId)}/plans`, PlansWire);
    return this.convert(() => wire.plans.map(fromPlan));
  }

  async paymentMethods(lineId: string): Promise<PaymentMethod[]> {
    const wire = await this.get(`${line(lineId)}/payment-methods`, PaymentMethodsWire);
    return wire.methods.map(fromMethod);
  }

  topup(request: TopupRequest): Promise<ProviderOrder> {
    return this.pay(request.idempotencyKey, `${line(request.lineId)}/topups`, { amount: toMoney(request.amount), method: request.methodId });
  }

  renew(request: RenewRequest): Promise<ProviderOrder> {
    return this.pay(request.idempotencyKey, `${line(request.lineId)}/renewals`, { plan: request.planId, method: request.methodId });
  }

  /**
   * One payment intent: the same key and body on every attempt, including the one after a token refresh.
   * An answer for another key is as good as no answer: the outcome stays unknown.
   */
  private async pay(idempotencyKey: string, path: string, body: unknown): Promise<ProviderOrder> {
    const unclear = { value: false };
    const call = (token: string): Call<typeof OrderWire> => ({ method: 'POST', path, body, token, schema: OrderWire, idempotencyKey, unclear });
    let order: Order;
    try {
      order = await this.session.authorized((token) => this.client.call(call(token)));
    } catch (error) {
      // An attempt may have been applied before this failure (say a reset, then a refresh that timed out): only
      // a definite answer from the carrier may say otherwise.
      if (unclear.value && error instanceof ProviderError && !DEFINITE.has(error.kind)) {
        throw new ProviderError('unknown-outcome', error.reason, error.code, { cause: error });
      }
      throw error;
    }
    if (order.idempotencyKey !== idempotencyKey) {
      throw new ProviderError('unknown-outcome', { code: 'bad-shape', field: 'idempotencyKey', problem: 'the answer is for another payment' });
    }
    const converted = fromOrderOrUnknown(order);
    if (converted.status === 'failed') throw new ProviderError('refused', converted.reason ?? 'refused', order.failure?.code ?? null);
    return converted;
  }

  async setAutoRenew(lineId: string, on: boolean): Promise<void> {
    await this.session.authorized((token) =>
      this.client.call({ method: 'PUT', path: `${line(lineId)}/auto-renew`, body: { enabled: on }, token, schema: AutoRenewWire }),
    );
  }

  async findOrder(lineId: string, idempotencyKey: string): Promise<ProviderOrder | null> {
    const wire = await this.get('/v1/orders', OrderListWire, { idempotencyKey });
    const match = wire.orders.find((o) => o.idempotencyKey === idempotencyKey && o.line === lineId);
    return match ? this.convert(() => fromOrder(match)) : null;
  }

  async close(): Promise<void> {
    // The agent belongs to the run (shared by every http account) and is closed with the context.
  }
}

/** A payment's answer that cannot be converted may still stand for a real charge. */
function fromOrderOrUnknown(order: Order): ProviderOrder {
  try {
    return fromOrder(order);
  } catch (error) {
    if (error instanceof WireError) throw new ProviderError('unknown-outcome', { code: 'bad-shape', field: 'amount', problem: error.message });
    throw error;
  }
}
