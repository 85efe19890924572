// Pure: status as RFC 4180 CSV, one row per line, the same facts as --json (money split into amount and
// currency). Column names are data, never translated.

import { isoInZone } from '../../domain/dates.js';
import { toDecimalString } from '../../domain/money.js';
import type { LineView } from '../../app/lines.js';
import { toCsv } from '../../io/csv.js';

export const STATUS_CSV_COLUMNS = [
  'account', 'provider', 'line', 'number', 'iccid', 'alias', 'label', 'note', 'state', 'daysLeft', 'expiresAt',
  'numberKeptUntil', 'balance', 'currency', 'dataRemainingMb', 'dataTotalMb', 'plan', 'autoRenew', 'fetchedAt', 'stale',
] as const;

export function statusCsv(views: readonly LineView[], timeZone: string): string {
  const rows = views.map(({ target, status, validity, fetchedAt, label, note, stale }) => [
    target.name,
    target.kind,
    status.id,
    status.number ?? '',
    status.iccid ?? '',
    status.alias ?? '',
    label ?? '',
    note ?? '',
    validity.state,
    validity.daysLeft ?? '',
    status.expiresAt ?? '',
    validity.numberKeptUntil ?? '',
    status.balance === null ? '' : toDecimalString(status.balance),
    status.balance?.currency ?? '',
    status.data?.remainingMb ?? '',
    status.data?.totalMb ?? '',
    status.plan?.id ?? '',
    status.plan === null ? '' : String(status.plan.autoRenew),
    isoInZone(fetchedAt, timeZone),
    String(stale === true),
  ]);
  return toCsv([...STATUS_CSV_COLUMNS], rows);
}
