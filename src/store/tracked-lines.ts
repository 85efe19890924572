// Lines whose validity leb keeps itself (LEB_HOME/lines.json, 0600): the carrier, the expiry or last activity
// the user confirmed, and the estimate leb made from a recorded top-up. Read-modify-write under the
// cross-process lock, written atomically; a file that does not parse is reported (exit 9) and never overwritten.

import { lstatSync } from 'node:fs';
import { JsonStateFile } from './json-state.js';
import type { LocalDate } from '../domain/dates.js';
import { add, parseWireAmount, toJson, type Money } from '../domain/money.js';
import { estimateAfterPayment, type Estimate, type RecordedKind } from '../domain/carriers/keep.js';
import type { Carrier } from '../domain/carriers/types.js';
import { array, nullable, object, oneOf, string, localDate, withDefault, type Infer } from './shape.js';

const date = localDate;

const trackedLineShape = object({
  /** "tl_" + the number's digits: stable, and unique because a number is tracked once. */
  id: string,
  account: string,
  /** E.164. */
  number: string,
  carrier: string,
  /** The expiry the carrier shows (recharge and plan rules). */
  expiresOn: nullable(date),
  /** The last chargeable event (activity rules). */
  lastActivityOn: nullable(date),
  /** Where the dates come from: the user said so, or leb moved them by the carrier's rule after a payment. */
  validitySource: oneOf(['confirmed', 'estimated']),
  /** When a person last confirmed the dates (ISO 8601), or null. */
  confirmedAt: nullable(string),
  /** The payment day the current estimate counts from, or null when the dates are confirmed. */
  estimatedFrom: withDefault(nullable(date), () => null),
  balance: withDefault(nullable(object({ amount: string, currency: string })), () => null),
  /**
   * The operator a top-up network (Reloadly) detected for the number, and when; null for manual lines.
   * Detected again before each top-up, because numbers move between operators.
   */
  operator: withDefault(nullable(object({ id: string, name: string, country: string, checkedAt: string })), () => null),
  addedAt: string,
});

const parseTracked = object({ version: oneOf([1]), lines: array(trackedLineShape) });

export type TrackedLine = Infer<typeof trackedLineShape>;

export class TrackedLineStore {
  private readonly doc: JsonStateFile<Infer<typeof parseTracked>>;
  /** The lines last read, and the file they were read from (fileIdentity), while it has not changed. */
  private last: { identity: string; lines: readonly TrackedLine[] } | null = null;
  /** ofAccount's answers, each for the lines it was made from (`from`): made again once read() reads again. */
  private readonly byAccount = new Map<string, AccountLines & { from: readonly TrackedLine[] }>();

  constructor(readonly file: string) {
    this.doc = new JsonStateFile(file, parseTracked, () => ({ version: 1 as const, lines: [] }));
  }

  /**
   * Every tracked line; [] when the file does not exist yet. Read again only when the file has changed: a
   * status of 1000 tracked lines asks for each line's record, and parsing and checking the whole file every
   * time took it over 2 s. The lines are shared between calls: callers copy before they change one.
   */
  read(): readonly TrackedLine[] {
    const identity = fileIdentity(this.file);
    if (identity !== null && this.last?.identity === identity) return this.last.lines;
    const lines = this.doc.read().lines;
    this.last = identity === null ? null : { identity, lines };
    return lines;
  }

  /** The lines of `account` as of the file read last, with the first line of each id (providers ask line by line). */
  ofAccount(account: string): AccountLines {
    const all = this.read();
    const known = this.byAccount.get(account);
    if (known?.from === all) return known;
    const lines = all.filter((line) => line.account === account);
    const byId = new Map<string, TrackedLine>();
    for (const line of lines) if (!byId.has(line.id)) byId.set(line.id, line);
    const indexed = { from: all, lines, byId };
    this.byAccount.set(account, indexed);
    return indexed;
  }

  /** Change the lines under the lock; the change may throw to leave the file as it was. */
  async update<T>(change: (lines: TrackedLine[]) => T | Promise<T>): Promise<T> {
    try {
      return await this.doc.update((doc) => change(doc.lines));
    } finally {
      this.last = null;
    }
  }
}

/** One account's tracked lines, in the file's order, and the first of each id. */
export interface AccountLines {
  readonly lines: readonly TrackedLine[];
  readonly byId: ReadonlyMap<string, TrackedLine>;
}

const shared = new Map<string, TrackedLineStore>();

/** The one store of `file` for this process, so every part of a run shares what it has read. */
export function trackedLineStore(file: string): TrackedLineStore {
  let store = shared.get(file);
  if (store === undefined) shared.set(file, (store = new TrackedLineStore(file)));
  return store;
}

/**
 * Which file is at `path` now, as far as a cached read needs: leb replaces lines.json by renaming a new file
 * over it (a new inode while the old file is still open to no one), and an edit in place changes its size or
 * its times. Only an edit in place that keeps the size, made by another program within one tick of the file
 * system's clock after leb read the file, would go unseen (a FAT volume's tick is 2 s; ext4, APFS and tmpfs
 * count nanoseconds). Null when there is no regular file to name (absent, a symlink, a FIFO): those are read,
 * and refused, every time.
 */
function fileIdentity(path: string): string | null {
  const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  if (stats === undefined || !stats.isFile()) return null;
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** The id a number gets when tracked. */
export function trackedLineId(e164: string): string {
  return `tl_${e164.replace(/\D/g, '')}`;
}

// Moving a tracked line's estimated expiry after a payment: the one step a recorded top-up (you paid on the
// carrier's page) and a provider that only tops up and never reports validity (Reloadly) both need.

/**
 * The line after a payment of `amount` on `paidOn` (the carrier's calendar): dates moved by the carrier's
 * rule and marked `estimated` from that day, and a known balance raised by the amount. A payment that moves
 * nothing (below every tier) leaves the dates and their source as they were.
 */
export function applyPayment(line: TrackedLine, carrier: Carrier, kind: RecordedKind, amount: Money, paidOn: LocalDate): { line: TrackedLine; estimate: Estimate } {
  const estimate = estimateAfterPayment(carrier, { expiresOn: line.expiresOn, lastActivityOn: line.lastActivityOn }, kind, amount.minor, paidOn);
  const next: TrackedLine = { ...line };
  if (estimate.moved) {
    next.expiresOn = estimate.state.expiresOn;
    next.lastActivityOn = estimate.state.lastActivityOn;
    next.validitySource = 'estimated';
    next.estimatedFrom = paidOn;
  }
  const balance = line.balance === null ? null : parseWireAmount(line.balance.amount, line.balance.currency);
  // A plan purchase spends its price; only credit adds to the balance.
  if (kind === 'topup' && balance !== null && balance.currency === amount.currency) next.balance = toJson(add(balance, amount));
  return { line: next, estimate };
}
