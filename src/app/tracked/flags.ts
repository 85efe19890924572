// Parsers for tracked-line flags (line add|confirm|touch|import, topup --record). Pure: text in, value out, a
// UsageError (exit 2) naming the flag and the fix otherwise.

import { UsageError } from '../../errors.js';
import { isLocalDate, type LocalDate } from '../../domain/dates.js';
import type { Messages } from '../../io/messages/index.js';

/** "+852 9123-4567" → "+85291234567"; null when it is not an E.164 number with its country code. */
export function normaliseE164(text: string): string | null {
  const compact = text.trim().replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : null;
}

export function parseNumber(value: string, t: Messages): string {
  const number = normaliseE164(value);
  if (number === null) throw new UsageError(t['tracked.invalidNumber'](value));
  return number;
}

export function parseDateFlag(flag: string, value: string, t: Messages): LocalDate {
  const trimmed = value.trim();
  if (!isLocalDate(trimmed)) throw new UsageError(t['tracked.invalidDate'](flag, value));
  return trimmed;
}

export function parseCarrierId(value: string, t: Messages): string {
  const id = value.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{1,47}$/.test(id)) throw new UsageError(t['carriers.notFound'](value));
  return id;
}

/** A receipt reference as the carrier printed it: one line, no control characters, at most 100 characters. */
export function parseReceipt(value: string, t: Messages): string {
  const trimmed = value.trim();
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed) || [...trimmed].length > 100) throw new UsageError(t['tracked.invalidReceipt'](value));
  return trimmed;
}

/** A payment method id: lower-case letters, digits and dashes (`alipay`, `wechat`, `card`). */
export function parseMethodId(value: string, t: Messages): string {
  const id = value.trim().toLowerCase();
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(id)) throw new UsageError(t['tracked.invalidMethod'](value));
  return id;
}
