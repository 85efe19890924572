// What `leb check` decides: which lines are at risk, the exit code, the sentence a person reads about each
// line, and the environment handed to the --exec hook. Pure: views and messages in, data out.

import { dateOrDash } from '../../domain/dates.js';
import { toDecimalString } from '../../domain/money.js';
import { ExitCode } from '../../errors.js';
import type { Messages } from '../../io/messages/index.js';
import type { LineView } from '../../app/lines.js';
import { lebCommand } from '../../app/line-notes.js';
import { whoOf } from '../../app/line-names.js';

export { AT_RISK, isAtRisk } from '../../app/line-selection.js';

/** 11 when any line is expired, in grace or recycled; else 10 when any is inside the window; else 0. */
export function checkExitCode(views: readonly LineView[]): number {
  if (views.some((v) => v.risk === 'critical' || v.risk === 'lost')) return ExitCode.checkCritical;
  if (views.some((v) => v.risk === 'warning')) return ExitCode.checkWarning;
  return ExitCode.ok;
}

/** One sentence about a line at risk: what is wrong, by when, and the command that fixes it. */
export function riskMessage(t: Messages, view: LineView): string {
  const who = whoOf(view);
  const { validity, status } = view;
  const command = lebCommand(view.target, 'renew', status.id, status.plan?.id ?? null);
  switch (validity.state) {
    case 'recycled':
      return t['check.msg.recycled'](who);
    case 'grace':
      return t['check.msg.grace'](who, -(validity.daysLeft ?? 0), dateOrDash(validity.numberKeptUntil), command);
    case 'expired':
      return t['check.msg.expired'](who, dateOrDash(status.expiresAt), command);
    default:
      return t['check.msg.warning'](who, validity.daysLeft ?? 0, dateOrDash(status.expiresAt), dateOrDash(validity.numberKeptUntil), command);
  }
}

/**
 * The variables a hook sees, on top of the inherited environment. Only facts about the line, never a token
 * or password; absent values are empty strings so `${LEB_ALIAS:-}` style tests work in any shell.
 */
export function hookEnv(view: LineView, message: string): Record<string, string> {
  const { status, validity } = view;
  return {
    LEB_LINE: status.id,
    LEB_ACCOUNT: view.target.name,
    LEB_PROVIDER: view.target.kind,
    LEB_NUMBER: status.number ?? '',
    LEB_ICCID: status.iccid ?? '',
    LEB_ALIAS: status.alias ?? '',
    LEB_LABEL: view.label ?? '',
    LEB_NOTE: view.note ?? '',
    LEB_STATE: validity.state,
    LEB_RISK: view.risk,
    LEB_DAYS_LEFT: validity.daysLeft === null ? '' : String(validity.daysLeft),
    LEB_EXPIRES_AT: status.expiresAt ?? '',
    LEB_NUMBER_KEPT_UNTIL: validity.numberKeptUntil ?? '',
    LEB_BALANCE: status.balance === null ? '' : toDecimalString(status.balance),
    LEB_CURRENCY: status.balance?.currency ?? status.rules.currency,
    LEB_MESSAGE: message,
  };
}
