// What this machine sent to Airalo, per leb idempotency key, because Airalo keeps no idempotency of its own
// (docs/airalo.md). Before a top-up goes out, the eSIM's package history is read and the ids in it are
// written here with the key (0600, atomic, under a lock); after an unclear outcome, or before sending the
// same key again, the history is read once more: a new entry for the same package means Airalo applied it.
// The definite outcome is kept too, so the same key replays it instead of buying again.

import { clientFileId } from './file-names.js';
import { join } from 'node:path';
import { writeFileAtomic } from '../../store/files.js';
import { readOwnJson } from '../../store/json-state.js';
import { withLock } from '../../store/lock.js';
import { array, integer, nullable, object, oneOf, record, string } from '../../store/shape.js';

const outcomeShape = object({
  status: oneOf(['succeeded', 'failed']),
  ref: nullable(string),
  createdAt: nullable(string),
  amountMinor: nullable(integer),
  code: nullable(string),
});

const intentShape = object({
  iccid: string,
  packageId: string,
  kind: oneOf(['topup', 'renew']),
  priceMinor: integer,
  /** Package history ids before the first attempt. */
  before: array(string),
  /** Epoch ms of the first attempt. */
  sentAt: integer,
  /** Epoch ms of the last attempt whose outcome was unclear, or null. */
  unclearAt: nullable(integer),
  outcome: nullable(outcomeShape),
});

const fileShape = object({ version: oneOf([1]), intents: record(intentShape) });

export type Intent = ReturnType<typeof intentShape>;
export type IntentOutcome = NonNullable<Intent['outcome']>;

export function intentsFile(home: string, origin: string, clientId: string): string {
  const id = clientFileId(origin, clientId);
  return join(home, 'airalo', `orders-${id}.json`);
}

export class IntentStore {
  constructor(readonly file: string) {}

  private read(): Record<string, Intent> {
    return readOwnJson(this.file, fileShape, 'airalo-orders')?.intents ?? {};
  }

  get(key: string): Intent | null {
    return this.read()[key] ?? null;
  }

  /** Change one key's record under the lock. */
  update(key: string, change: (current: Intent | null) => Intent): Promise<Intent> {
    return withLock(this.file, () => {
      const intents = this.read();
      const next = change(intents[key] ?? null);
      intents[key] = next;
      writeFileAtomic(this.file, `${JSON.stringify({ version: 1, intents }, null, 1)}\n`);
      return next;
    });
  }
}
