// Pure: status as RFC 4180 CSV, one row per line, the same facts as --json (money split into amount and
// currency). Column names are data, never translated.

import { statusJson } from '../../app/status-json.js';
import type { LineView } from '../../app/lines.js';
import { toCsv } from '../../io/csv.js';

export const STATUS_CSV_COLUMNS = [
  'account', 'provider', 'line', 'number', 'iccid', 'alias', 'label', 'note', 'state', 'daysLeft', 'expiresAt',
  'numberKeptUntil', 'balance', 'currency', 'dataRemainingMb', 'dataTotalMb', 'plan', 'autoRenew', 'fetchedAt', 'stale',
  'validitySource', 'confirmedAt', 'carrier',
] as const;

export function statusCsv(views: readonly LineView[], timeZone: string): string {
  const rows = views.map((view) => {
    const j = statusJson(view, timeZone);
    return [
      j.account, j.provider, j.line, j.number ?? '', j.iccid ?? '', j.alias ?? '', j.label ?? '', j.note ?? '', j.state,
      j.daysLeft ?? '', j.expiresAt ?? '', j.numberKeptUntil ?? '', j.balance?.amount ?? '', j.balance?.currency ?? '',
      j.data?.remainingMb ?? '', j.data?.totalMb ?? '', j.plan?.id ?? '', j.plan === null ? '' : String(j.plan.autoRenew),
      j.fetchedAt, String(j.stale), j.validitySource, j.confirmedAt ?? '', j.carrier ?? '',
    ];
  });
  return toCsv([...STATUS_CSV_COLUMNS], rows);
}
