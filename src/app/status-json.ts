// The `status` / `check` JSON object, exactly as the README documents it.

import { toJson } from '../domain/money.js';
import { isoInZone } from '../domain/dates.js';
import { byUrgency } from '../domain/validity.js';
import { byCodeUnit } from '../domain/text-order.js';
import type { LineView } from './lines.js';
import type { ValiditySource } from '../providers/port.js';

export interface StatusJson {
  account: string;
  provider: string;
  line: string;
  number: string | null;
  iccid: string | null;
  alias: string | null;
  state: string;
  expiresAt: string | null;
  daysLeft: number | null;
  numberKeptUntil: string | null;
  balance: { amount: string; currency: string } | null;
  data: { remainingMb: number; totalMb: number; unlimited: boolean } | null;
  plan: { id: string; autoRenew: boolean } | null;
  fetchedAt: string;
  label: string | null;
  note: string | null;
  /** True when shown from the local cache (`status --offline`, or the provider unreachable). */
  stale: boolean;
  /** `provider` (an API said so), `confirmed` (a person did, at `confirmedAt`), `estimated` (leb applied the carrier's rule). */
  validitySource: ValiditySource;
  confirmedAt: string | null;
  /** The carrier rule of a tracked line (`leb carriers`), else null. */
  carrier: string | null;
  /** A tracked line's estimate is old enough that leb asks to confirm it. */
  estimateStale: boolean;
}

export function statusJson(view: LineView, timeZone: string): StatusJson {
  const { status, validity } = view;
  return {
    account: view.target.name,
    provider: view.target.kind,
    line: status.id,
    number: status.number,
    iccid: status.iccid,
    alias: status.alias,
    state: validity.state,
    expiresAt: status.expiresAt,
    daysLeft: validity.daysLeft,
    numberKeptUntil: validity.numberKeptUntil,
    balance: status.balance ? toJson(status.balance) : null,
    data: status.data,
    plan: status.plan,
    fetchedAt: isoInZone(view.fetchedAt, timeZone),
    label: view.label ?? null,
    note: view.note ?? null,
    stale: view.stale === true,
    validitySource: status.validitySource ?? 'provider',
    confirmedAt: status.confirmedAt ?? null,
    carrier: status.tracked?.carrier.id ?? null,
    estimateStale: status.tracked?.estimateStale ?? false,
  };
}

export function sortByUrgency(views: LineView[]): LineView[] {
  return [...views].sort(
    (a, b) => byUrgency(a.validity, b.validity) || byCodeUnit(a.target.name, b.target.name) || byCodeUnit(a.status.id, b.status.id),
  );
}
