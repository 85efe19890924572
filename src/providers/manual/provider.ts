// The `manual` provider: lines the user tracks by hand (`leb line add`). Nothing is fetched and nothing is
// paid: status comes from the carrier catalogue and LEB_HOME/lines.json. Payments are recorded, not made, by
// the commands (src/app/tracked/), so the payment calls here refuse.

import type { Carrier } from '../../domain/carriers/types.js';
import { findCarrier } from '../../domain/carriers/catalogue.js';
import type { Plan } from '../../domain/rules.js';
import type { TrackedLine, TrackedLineStore } from '../../store/tracked-lines.js';
import { ProviderError, type LineRef, type LineStatus, type PaymentMethod, type Provider, type ProviderOrder } from '../port.js';
import { trackedStatus } from './status.js';

/** Ways people pay a carrier themselves; any other lower-case id may be recorded too. */
export const RECORDED_METHODS = ['card', 'paypal', 'alipay', 'wechat', 'voucher', 'cash'] as const;

export class ManualProvider implements Provider {
  readonly kind = 'manual' as const;

  constructor(
    private readonly account: string,
    private readonly store: TrackedLineStore,
    private readonly catalogue: () => Carrier[],
    private readonly now: () => Date,
  ) {}

  private lines(): readonly TrackedLine[] {
    return this.store.ofAccount(this.account).lines;
  }

  private line(lineId: string) {
    const line = this.store.ofAccount(this.account).byId.get(lineId);
    if (!line) throw new ProviderError('invalid-request', { code: 'tracked-line-unknown', line: lineId }, 'unknown_line');
    return line;
  }

  private carrierOf(carrierId: string): Carrier {
    const carrier = findCarrier(this.catalogue(), carrierId);
    // The catalogue lost an entry the line uses (a user entry removed from carriers.json).
    if (!carrier) throw new ProviderError('invalid-request', { code: 'carrier-unknown', carrier: carrierId }, 'unknown_carrier');
    return carrier;
  }

  async listLines(): Promise<LineRef[]> {
    return this.lines().map((l) => ({ id: l.id, number: l.number, iccid: null, alias: null }));
  }

  async lineStatus(lineId: string): Promise<LineStatus> {
    const line = this.line(lineId);
    return trackedStatus(line, this.carrierOf(line.carrier), this.now());
  }

  /** A plan rule's plan, when its price is known and its period is in days (what the planner can use). */
  async plans(lineId: string): Promise<Plan[]> {
    const { rule, currency } = this.carrierOf(this.line(lineId).carrier);
    if (rule.kind !== 'plan' || rule.cheapestPlan.priceMinor === null || rule.every.unit !== 'days') return [];
    return [{ id: 'cheapest', name: rule.cheapestPlan.name, price: { minor: rule.cheapestPlan.priceMinor, currency }, validityDays: rule.every.count }];
  }

  async paymentMethods(): Promise<PaymentMethod[]> {
    return RECORDED_METHODS.map((id) => ({ id, name: id }));
  }

  topup(): Promise<ProviderOrder> {
    return Promise.reject(cannotPay());
  }

  renew(): Promise<ProviderOrder> {
    return Promise.reject(cannotPay());
  }

  setAutoRenew(): Promise<void> {
    return Promise.reject(cannotPay());
  }

  async findOrder(): Promise<ProviderOrder | null> {
    return null;
  }

  async close(): Promise<void> {}
}

function cannotPay(): ProviderError {
  return new ProviderError('refused', { code: 'manual-cannot-pay' }, 'manual_cannot_pay');
}
