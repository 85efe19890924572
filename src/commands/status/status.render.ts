// Pure: line views → the cells people read. Colour by risk; a small bar for the share of validity left.

import type { ChalkInstance } from 'chalk';
import { dateOrDash, writtenDate } from '../../domain/dates.js';
import { formatMoney } from '../../domain/money.js';
import { remainingShare, type Risk } from '../../domain/validity.js';
import type { Messages } from '../../io/messages/index.js';
import type { LineView } from '../../app/lines.js';

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
  showAccount: boolean;
  bars: boolean;
}

export function statusHead(o: StatusCellsOptions): string[] {
  const { t } = o;
  return [
    t['status.col.line'],
    ...(o.showAccount ? [t['status.col.account']] : []),
    t['status.col.number'],
    t['status.col.state'],
    t['status.col.daysLeft'],
    t['status.col.expires'],
    t['status.col.keptUntil'],
    t['status.col.balance'],
    t['status.col.data'],
    t['status.col.plan'],
  ];
}

export function statusRow(view: LineView, o: StatusCellsOptions): string[] {
  const { t } = o;
  const { status, validity } = view;
  const paint = colorFor(o.color, view.risk);
  const number = [status.number ?? status.iccid ?? '—', status.alias ? o.color.dim(`(${status.alias})`) : ''].filter(Boolean).join(' ');
  const days = validity.daysLeft === null ? '—' : t['status.days'](validity.daysLeft);
  const data = status.data === null ? '—' : status.data.unlimited ? t['status.unlimited'] : `${formatMb(status.data.remainingMb)} / ${formatMb(status.data.totalMb)}`;
  const plan = status.plan === null ? '—' : status.plan.autoRenew ? `${status.plan.id} (${t['status.autoRenew']})` : status.plan.id;
  return [
    status.id,
    ...(o.showAccount ? [view.target.name] : []),
    number,
    paint(t[`status.state.${validity.state}`]),
    paint(o.bars && validity.state === 'active' ? `${days} ${validityBar(validity.daysLeft)}` : days),
    dateOrDash(status.expiresAt),
    validity.numberKeptUntil === null ? '—' : paint(writtenDate(validity.numberKeptUntil)),
    status.balance === null ? '—' : formatMoney(status.balance, o.locale),
    data,
    plan,
  ];
}

/** Which columns give way first on a narrow terminal: data, plan, expiry date (days left stays), balance. */
export function statusDropOrder(o: StatusCellsOptions): number[] {
  const shift = o.showAccount ? 1 : 0;
  const [expires, balance, data, plan] = [4, 6, 7, 8].map((index) => index + shift);
  return [data, plan, expires, balance] as number[];
}
