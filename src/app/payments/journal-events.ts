// Building journal events: one place that knows their shape.

import { randomBytes, randomUUID } from 'node:crypto';
import type { IntentEvent, Order, OrderStatus, OutcomeEvent } from '../../store/journal.js';

export function newOrderId(): string {
  return `ord_${randomBytes(6).toString('hex')}`;
}

/** A fresh key per intent; reused verbatim on every retry of that intent. */
export function newIdempotencyKey(): string {
  return `leb_${randomUUID()}`;
}

export function outcome(order: Pick<Order, 'id'>, status: OrderStatus, at: Date, fields: { providerRef?: string | null; reason?: string | null } = {}): OutcomeEvent {
  return { type: 'outcome', id: order.id, status, providerRef: fields.providerRef ?? null, reason: fields.reason ?? null, at: at.toISOString() };
}

export type IntentFields = Omit<IntentEvent, 'type' | 'id' | 'idempotencyKey' | 'at' | 'recordedBy' | 'batch' | 'number'> & {
  recordedBy?: IntentEvent['recordedBy'];
  batch?: string | null;
  number?: string | null;
};

export function intent(fields: IntentFields, at: Date): IntentEvent {
  return { type: 'intent', id: newOrderId(), idempotencyKey: newIdempotencyKey(), at: at.toISOString(), ...fields, recordedBy: fields.recordedBy ?? null, batch: fields.batch ?? null, number: fields.number ?? null };
}

/** The rerun of a command whose earlier attempt is unsettled is the same intent when it asks for the same thing. */
export function sameRequest(order: Order, fields: IntentFields): boolean {
  return (
    order.account === fields.account &&
    order.line === fields.line &&
    order.kind === fields.kind &&
    order.amount.amount === fields.amount.amount &&
    order.amount.currency === fields.amount.currency &&
    order.method === fields.method &&
    order.plan === fields.plan
  );
}
