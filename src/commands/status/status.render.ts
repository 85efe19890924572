// Pure: line views → the cells people read. Colour by risk; a small bar for the share of validity left.

import type { ChalkInstance } from 'chalk';
import { dateOrDash, writtenDate } from '../../domain/dates.js';
import { formatMoney } from '../../domain/money.js';
import { remainingShare, type Risk } from '../../domain/validity.js';
import type { Messages } from '../../io/messages/index.js';
import type { LineView } from '../../app/lines.js';
import { STATUS_COLUMNS, type StatusColumn } from './status.columns.js';

const BAR_WIDTH = 8;
/** The window the bar measures against: the typical keep-number validity. */
const BAR_PERIOD_DAYS = 90;

export function colorFor(color: ChalkInstance, risk: Risk): (text: string) => string {
  switch (risk) {
    case 'lost':
      return color.gray;
    case 'critical':
      return color.red.bold;
    case 'warning':
      return color.yellow;
    default:
      return color.green;
  }
}

export function validityBar(daysLeft: number | null): string {
  const filled = Math.round(remainingShare(daysLeft, BAR_PERIOD_DAYS) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

export function formatMb(mb: number): string {
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${mb} MB`;
}

export interface StatusCellsOptions {
  t: Messages;
  locale: string;
  color: ChalkInstance;
  bars: boolean;
}


/** Which columns give way first on a narrow terminal: data, plan, expiry date (days left stays), label, balance. */
export const STATUS_DROP_ORDER: readonly StatusColumn[] = ['data', 'plan', 'expires', 'label', 'balance'];
/** Columns that may be cut short with "…" before any is hidden: free text, not figures. */
export const STATUS_SHRINK: readonly StatusColumn[] = ['number', 'account', 'label', 'plan', 'data'];

/** The default columns: the account only when lines come from several, the label only when a line has one. */
export function defaultStatusColumns(showAccount: boolean, showLabel: boolean): StatusColumn[] {
  return STATUS_COLUMNS.filter((c) => (c !== 'account' || showAccount) && (c !== 'label' || showLabel));
}

/** The headings; `short` abbreviates the long ones for a narrow terminal. */
export function statusHeads(t: Messages, short = false): Record<StatusColumn, string> {
  return {
    line: t['status.col.line'],
    account: t['status.col.account'],
    number: t['status.col.number'],
    state: t['status.col.state'],
    days: t['status.col.daysLeft'],
    expires: t['status.col.expires'],
    kept: short ? t['status.col.keptUntilShort'] : t['status.col.keptUntil'],
    balance: t['status.col.balance'],
    data: t['status.col.data'],
    plan: t['status.col.plan'],
    label: t['status.col.label'],
  };
}

export function statusCells(view: LineView, o: StatusCellsOptions): Record<StatusColumn, string> {
  const { t } = o;
  const { status, validity } = view;
  const paint = colorFor(o.color, view.risk);
  const number = [status.number ?? status.iccid ?? '—', status.alias ? o.color.dim(`(${status.alias})`) : ''].filter(Boolean).join(' ');
  const days = validity.daysLeft === null ? '—' : t['status.days'](validity.daysLeft);
  const data = status.data === null ? '—' : status.data.unlimited ? t['status.unlimited'] : `${formatMb(status.data.remainingMb)} / ${formatMb(status.data.totalMb)}`;
  const plan = status.plan === null ? '—' : status.plan.autoRenew ? `${status.plan.id} (${t['status.autoRenew']})` : status.plan.id;
  return {
    line: status.id,
    account: view.target.name,
    number,
    state: paint(t[`status.state.${validity.state}`]),
    days: paint(o.bars && validity.state === 'active' ? `${days} ${validityBar(validity.daysLeft)}` : days),
    expires: withSource(dateOrDash(status.expiresAt), view, o),
    kept: validity.numberKeptUntil === null ? '—' : paint(writtenDate(validity.numberKeptUntil)),
    balance: status.balance === null ? '—' : formatMoney(status.balance, o.locale),
    data,
    plan,
    label: view.label ?? '',
  };
}

/** A tracked line's expiry says whose word it is: leb's estimate, or the user's own. */
function withSource(date: string, view: LineView, o: StatusCellsOptions): string {
  const source = view.status.validitySource;
  if (source === undefined || source === 'provider' || view.status.expiresAt === null) return date;
  const mark = o.t[`status.source.${source}`];
  return source === 'estimated' && view.status.tracked?.estimateStale ? `${date} ${o.color.yellow(`(${mark}!)`)}` : `${date} ${o.color.dim(`(${mark})`)}`;
}
