// Pure: which orders `leb history` shows. Every filter narrows the others; dates are the order's creation date
// in the user's zone, both bounds inclusive.

import { dateIn, type LocalDate } from '../../domain/dates.js';
import { byCodeUnit } from '../../domain/text-order.js';
import type { Order } from '../../store/journal.js';
import type { LineNames } from './history.lines.js';

export type HistoryRow = Order & LineNames;

export interface HistorySelection {
  /** "account/lineId" of --line; null: every line. */
  lineKey: string | null;
  /** --account (or LEB_ACCOUNT); null: every account. */
  account: string | null;
  since: LocalDate | null;
  until: LocalDate | null;
  /** Substring of the line's label, any case. */
  label: string | null;
}

export function hasFilters(selection: HistorySelection): boolean {
  return Object.values(selection).some((value) => value !== null);
}

/** The rows that match, newest first. */
export function selectOrders(rows: readonly HistoryRow[], selection: HistorySelection, timeZone: string): HistoryRow[] {
  const { lineKey, account, since, until, label } = selection;
  const wanted = label?.toLowerCase() ?? null;
  return rows
    .filter((row) => {
      if (lineKey !== null && `${row.account}/${row.line}` !== lineKey) return false;
      if (account !== null && row.account !== account) return false;
      if (wanted !== null && !(row.label ?? '').toLowerCase().includes(wanted)) return false;
      if (since === null && until === null) return true;
      const day = dateIn(new Date(row.createdAt), timeZone);
      return (since === null || day >= since) && (until === null || day <= until);
    })
    .sort((a, b) => byCodeUnit(b.createdAt, a.createdAt));
}
