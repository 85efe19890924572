// The sandbox carrier's persisted state. Plain JSON so that `leb sandbox serve` and the embedded provider can
// share one core, and so a person can read the file.

import { dateAtOffset, type LocalDate } from '../../domain/dates.js';
import { array, boolean, integer, nullable, object, oneOf, string, type Infer } from '../../store/shape.js';

export const SANDBOX_CURRENCY = 'HKD';
/** The carrier's zone: expiry dates are its calendar dates, ending 23:59:59 local time. */
export const SANDBOX_TIME_ZONE = 'Asia/Hong_Kong';
/** Hong Kong keeps +08:00 all year (no summer time since 1979), so the carrier's calendar is a fixed offset. */
export const SANDBOX_UTC_OFFSET = '+08:00';
export const SANDBOX_EXPIRY_SUFFIX = `T23:59:59${SANDBOX_UTC_OFFSET}`;

/**
 * The carrier's date today. From the fixed offset rather than through Intl with SANDBOX_TIME_ZONE (the same
 * dates): the first Intl.DateTimeFormat loads ICU's locale data, a fifth of a `leb --sandbox status` start.
 */
export function carrierToday(now: Date): LocalDate {
  return dateAtOffset(now, SANDBOX_UTC_OFFSET);
}

const line = object({
  id: string,
  number: nullable(string),
  iccid: nullable(string),
  alias: nullable(string),
  expiresAt: nullable(string),
  balanceMinor: integer,
  dataRemainingMb: nullable(integer),
  dataTotalMb: nullable(integer),
  planId: nullable(string),
  autoRenew: boolean,
  recycled: boolean,
});

const order = object({
  providerRef: string,
  idempotencyKey: string,
  /** What was asked, so a reused key with a different request can be told apart (422). */
  fingerprint: string,
  lineId: string,
  kind: oneOf(['topup', 'renew', 'auto-renew']),
  status: oneOf(['succeeded', 'failed']),
  amountMinor: integer,
  methodId: string,
  planId: nullable(string),
  createdAt: string,
  reason: nullable(string),
  code: nullable(string),
});

/** Checks a parsed state file; throws ShapeError naming the first bad field. */
export const parseSandboxState = object({
  version: oneOf([1]),
  seed: integer,
  lines: array(line),
  orders: array(order),
  nextRef: integer,
});

export type SandboxLine = Infer<typeof line>;
export type SandboxOrder = Infer<typeof order>;
export type SandboxState = Infer<typeof parseSandboxState>;
