// The embedded sandbox carrier behind the provider port: every call runs the shared carrier core on the state
// file under a lock, so several leb processes see one consistent carrier.

import { ProviderError, type LineRef, type LineStatus, type PaymentMethod, type Provider, type ProviderOrder, type RenewRequest, type TopupRequest } from '../port.js';
import type { Plan } from '../../domain/rules.js';
import * as carrier from './carrier.js';
import { SANDBOX_METHODS, SANDBOX_PLANS } from './catalogue.js';
import { readSandboxState, withSandboxState } from './state-file.js';
import type { SandboxState } from './state.js';

export class SandboxProvider implements Provider {
  readonly kind = 'sandbox' as const;

  constructor(
    private readonly file: string,
    private readonly now: () => Date,
  ) {}

  /** Reads go without the lock unless time has moved the carrier on; payments always hold it. */
  private read<T>(work: (state: SandboxState) => T): Promise<T> {
    return readSandboxState(this.file, this.now(), work);
  }

  private run<T>(work: (state: SandboxState) => T): Promise<T> {
    return withSandboxState(this.file, this.now(), work);
  }

  listLines(): Promise<LineRef[]> {
    return this.read((state) => state.lines.map(({ id, number, iccid, alias }) => ({ id, number, iccid, alias })));
  }

  lineStatus(lineId: string): Promise<LineStatus> {
    return this.read((state) => carrier.lineStatus(state, lineId));
  }

  plans(lineId: string): Promise<Plan[]> {
    return this.read((state) => {
      carrier.findLine(state, lineId);
      return [...SANDBOX_PLANS];
    });
  }

  paymentMethods(lineId: string): Promise<PaymentMethod[]> {
    return this.read((state) => {
      carrier.findLine(state, lineId);
      return [...SANDBOX_METHODS];
    });
  }

  topup(request: TopupRequest): Promise<ProviderOrder> {
    return this.run((state) => settled(carrier.topup(state, request, this.now())));
  }

  renew(request: RenewRequest): Promise<ProviderOrder> {
    return this.run((state) => settled(carrier.renew(state, request, this.now())));
  }

  setAutoRenew(lineId: string, on: boolean): Promise<void> {
    return this.run((state) => carrier.setAutoRenew(state, lineId, on, this.now()));
  }

  findOrder(lineId: string, idempotencyKey: string): Promise<ProviderOrder | null> {
    return this.read((state) => {
      const order = carrier.findOrder(state, idempotencyKey);
      return order && order.lineId === lineId ? carrier.toProviderOrder(order) : null;
    });
  }

  async close(): Promise<void> {}
}

/** A refused payment is stored by the carrier (so a retry replays it) and surfaces here as exit 6. */
function settled(order: Parameters<typeof carrier.toProviderOrder>[0]): ProviderOrder {
  if (order.status === 'failed') throw new ProviderError('refused', order.reason ?? 'refused', order.code);
  return carrier.toProviderOrder(order);
}
