// The order journal (LEB_HOME/orders.jsonl): append-only, one JSON event per line, fsync'd before a payment is
// sent. An order's state is the fold of its events. Because the intent, with its idempotency key, is on disk
// before any byte goes to the provider, a crash or a lost answer can always be settled later by key.

import { closeSync, constants, fsyncSync, ftruncateSync, readSync, fstatSync, writeSync } from 'node:fs';
import { openRegular } from './regular-file.js';
import { dirname } from 'node:path';
import { nullable, object, oneOf, string, tagged, withDefault, type Infer } from './shape.js';
import { StateError } from '../errors.js';
import { readTextIfExists } from './files.js';
import { withLock } from './lock.js';
import { ensurePrivateDir, FILE_MODE } from './paths.js';

const moneyJson = object({ amount: string, currency: string });

const intentEvent = object({
  type: oneOf(['intent']),
  id: string,
  idempotencyKey: string,
  account: string,
  provider: string,
  line: string,
  kind: oneOf(['topup', 'renew']),
  amount: moneyJson,
  method: string,
  plan: nullable(string),
  at: string,
  /** `you` for a payment made outside leb (on a carrier's page) and recorded afterwards; null for leb's own. */
  recordedBy: withDefault(nullable(oneOf(['you'])), () => null),
  /** The bulk run (`topup --all`, `autopilot run`) this payment belongs to: a rerun skips what it already paid. */
  batch: withDefault(nullable(string), () => null),
  /** The line's number when it was paid, so `history` can name it offline; null before leb wrote it, or none. */
  number: withDefault(nullable(string), () => null),
});

const outcomeEvent = object({
  type: oneOf(['outcome']),
  id: string,
  status: oneOf(['succeeded', 'failed', 'pending', 'unknown']),
  providerRef: nullable(string),
  reason: nullable(string),
  at: string,
});

/** The same intent sent again with its original key. */
const retryEvent = object({ type: oneOf(['retry']), id: string, at: string });

const journalEvent = tagged({ intent: intentEvent, outcome: outcomeEvent, retry: retryEvent });

export type IntentEvent = Infer<typeof intentEvent>;
export type OutcomeEvent = Infer<typeof outcomeEvent>;
export type JournalEvent = Infer<typeof journalEvent>;
export type OrderStatus = OutcomeEvent['status'];

export interface Order {
  id: string;
  kind: IntentEvent['kind'];
  status: OrderStatus;
  amount: { amount: string; currency: string };
  method: string;
  plan: string | null;
  idempotencyKey: string;
  providerRef: string | null;
  reason: string | null;
  account: string;
  provider: string;
  line: string;
  createdAt: string;
  updatedAt: string;
  recordedBy: IntentEvent['recordedBy'];
  batch: string | null;
  /** The line's number as the payment saw it (null in older journals). */
  number: string | null;
  attempts: number;
}

export function isUnsettled(order: Order): boolean {
  return order.status === 'pending' || order.status === 'unknown';
}

/** The orders on one line whose outcome is not known yet: each blocks a new payment there until it is settled. */
export function unsettledOn(orders: readonly Order[], account: string, line: string): Order[] {
  return orders.filter((o) => isUnsettled(o) && o.account === account && o.line === line);
}

function fold(events: readonly JournalEvent[]): Order[] {
  const orders = new Map<string, Order>();
  for (const event of events) {
    if (event.type === 'intent') {
      orders.set(event.id, {
        id: event.id,
        kind: event.kind,
        status: 'pending',
        amount: event.amount,
        method: event.method,
        plan: event.plan,
        idempotencyKey: event.idempotencyKey,
        providerRef: null,
        reason: null,
        account: event.account,
        provider: event.provider,
        line: event.line,
        createdAt: event.at,
        updatedAt: event.at,
        recordedBy: event.recordedBy,
        batch: event.batch,
        number: event.number,
        attempts: 1,
      });
      continue;
    }
    const order = orders.get(event.id);
    if (!order) continue;
    if (event.type === 'retry') {
      order.attempts += 1;
      order.status = 'pending';
    } else {
      order.status = event.status;
      order.providerRef = event.providerRef ?? order.providerRef;
      order.reason = event.reason;
    }
    order.updatedAt = event.at;
  }
  return [...orders.values()];
}

/**
 * A last line without its newline: a write torn by a crash. Its payment was never sent (sending waits for the
 * fsync), so it is not an order; it is reported once per run, and the next append moves it to `aside` (never
 * erases it) before writing.
 */
export interface TornTail {
  file: string;
  bytes: number;
  /** Where it was kept, once an append moved it; null while it is still at the end of the journal. */
  aside: string | null;
}

export class Journal {
  private reported = false;

  constructor(
    readonly file: string,
    private readonly onTorn: (torn: TornTail) => void = () => {},
  ) {}

  /** Where torn tails are kept: beside the journal, appended one per line. */
  get asideFile(): string {
    return `${this.file}.torn`;
  }

  events(): JournalEvent[] {
    const text = readTextIfExists(this.file);
    if (text === null) return [];
    const lines = text.split('\n');
    if (!text.endsWith('\n')) {
      const torn = lines.pop() as string;
      if (!this.reported) {
        this.reported = true;
        this.onTorn({ file: this.file, bytes: Buffer.byteLength(torn), aside: null });
      }
    }
    const events: JournalEvent[] = [];
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new StateError(this.file, { kind: 'journal-line', line: index + 1, notJson: true });
      }
      try {
        events.push(journalEvent(parsed, ''));
      } catch {
        throw new StateError(this.file, { kind: 'journal-line', line: index + 1, notJson: false });
      }
    });
    return events;
  }

  orders(): Order[] {
    return fold(this.events());
  }

  order(id: string): Order | undefined {
    return this.orders().find((o) => o.id === id);
  }

  /** Append events and fsync before returning: the caller may send a payment right after. */
  async append(...events: JournalEvent[]): Promise<void> {
    ensurePrivateDir(dirname(this.file));
    await withLock(this.file, () => {
      const fd = openRegular(this.file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT, FILE_MODE);
      try {
        const torn = tornTail(fd);
        if (torn !== null) {
          // Kept (and synced) aside first, then cut, so a crash in between loses nothing.
          keepAside(this.asideFile, torn.bytes);
          ftruncateSync(fd, torn.cut);
          this.onTorn({ file: this.file, bytes: torn.bytes.length, aside: this.asideFile });
        }
        writeSync(fd, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    });
  }
}

/**
 * A trailing partial line left by a crash mid-write, and where to cut so the next event starts on a line of its
 * own. (A torn tail is at most one event: far below the chunk read here.)
 */
function tornTail(fd: number): { bytes: Buffer; cut: number } | null {
  const size = fstatSync(fd).size;
  if (size === 0) return null;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  if (last[0] === 0x0a) return null;
  const chunk = Buffer.alloc(Math.min(size, 64 * 1024));
  readSync(fd, chunk, 0, chunk.length, size - chunk.length);
  const newline = chunk.lastIndexOf(0x0a);
  const cut = newline === -1 ? size - chunk.length : size - chunk.length + newline + 1;
  return { bytes: Buffer.from(chunk.subarray(cut - (size - chunk.length))), cut };
}

/** Append the torn bytes, as one line, to the aside file (0600), synced before the journal is cut. */
function keepAside(file: string, torn: Buffer): void {
  const fd = openRegular(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, FILE_MODE);
  try {
    writeSync(fd, Buffer.concat([torn, Buffer.from('\n')]));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
