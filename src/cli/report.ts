// The one place errors become exit codes and words: one line saying what went wrong, one saying what to do
// (main prints them, and a stack only under --debug). Providers raise a kind, a machine code and values
// (ProviderError.reason); they are worded here, in the user's language.

import { CommanderError } from 'commander';
import type { Reported } from '../app/context.js';
import { ExitCode, LebError, LockBusyError, StateError, type ExitCodeValue, type StateProblem } from '../errors.js';
import type { Messages } from '../io/messages/index.js';
import { ProviderError, type ProviderReason } from '../providers/port.js';
import { AccountError, type AccountOrigin } from '../providers/account-error.js';
import { wordCommanderError } from './commander-words.js';

export type { Reported };

const providerExit: Record<ProviderError['kind'], ExitCodeValue> = {
  auth: ExitCode.notConfigured,
  unreachable: ExitCode.unreachable,
  refused: ExitCode.refused,
  'unknown-outcome': ExitCode.unknownOutcome,
  'invalid-request': ExitCode.usage,
  'bad-response': ExitCode.unreachable,
  busy: ExitCode.busy,
};

/** What a provider found wrong, in the user's language; the provider's own words are shown as it wrote them. */
export function wordReason(t: Messages, reason: ProviderReason): string {
  switch (reason.code) {
    case 'said':
      return reason.detail;
    case 'timed-out':
      return t['http.timedOut'](reason.seconds);
    case 'network':
      return t['http.unreachable'](t[`http.net.${reason.failure}`]);
    case 'rate-limited':
      return t['http.rateLimited'];
    case 'http-status':
      return reason.status >= 500 ? t['http.serverError'](reason.status) : t['http.status'](reason.status);
    case 'not-json':
      return t['http.notJson'];
    case 'bad-shape':
      return t['http.badShape'](reason.field, reason.problem);
    case 'payment-in-progress':
      return t['http.busy'];
    case 'token-rejected':
      return t['http.tokenRejected'](wordReason(t, reason.why));
    case 'no-refresh-token':
      return t['http.noRefresh'];
    case 'no-credentials':
      return t['http.noCredentials'](reason.account);
    case 'no-endpoint':
      return t['http.noEndpoint'](reason.account);
    case 'paging-loop':
      return t['http.pagingLoop'];
    case 'keyring-unavailable':
      return t['credentials.keyringUnavailable'](reason.account, reason.why);
    case 'tracked-line-unknown':
      return t['tracked.notTracked'](reason.line);
    case 'carrier-unknown':
      return t['carriers.notFound'](reason.carrier);
    case 'manual-cannot-pay':
      return t['tracked.cannotPay'];
    case 'credentials-rejected':
      return t['reason.credentialsRejected'];
    case 'client-id-unknown':
      return t['reason.clientIdUnknown'];
    case 'ip-not-allowed':
      return t['reason.ipNotAllowed'];
    case 'forbidden':
      return t['reason.forbidden'];
    case 'rate-wait':
      return t['reason.rateWait'](reason.seconds);
    case 'token-rate-limited':
      return t['reason.tokenRateLimited'](reason.seconds);
    case 'line-recycled':
      return t['reason.lineRecycled'](reason.line);
    case 'insufficient-credit':
      return t['reason.insufficientCredit'];
    case 'operator-maintenance':
      return t['reason.operatorMaintenance'];
    case 'invalid-checksum':
      return t['reason.invalidChecksum'];
    case 'topup-disabled':
      return t['reason.topupDisabled'];
    case 'out-of-stock':
      return reason.what === 'esim' ? t['reason.esimOutOfStock'] : t['reason.packageUnavailable'];
    case 'provider-code':
      return t['reason.providerCode'](reason.number, reason.detail);
    case 'line-not-found':
      return t['reason.lineNotFound'](reason.line);
    case 'plan-not-found':
      return t['reason.planNotFound'](reason.plan);
    case 'no-topups':
      return t['reason.noTopups'](reason.line);
    case 'amount-not-a-package':
      return t['reason.amountNotAPackage'](reason.prices);
    case 'method-not-found':
      return t['reason.methodNotFound'](reason.method, reason.methods);
    case 'idempotency-key-reused':
      return t['reason.keyReused'];
    case 'purchase-limit':
      return t['reason.purchaseLimit'];
    case 'field-rejected':
      return t['reason.fieldRejected'](reason.field, reason.detail);
    case 'not-settled-yet':
      return t['reason.notSettledYet'](reason.seconds);
    case 'wallet-too-low':
      return t['reloadly.walletTooLow'];
    case 'recently-recharged':
      return t['reloadly.recentlyRecharged'](reason.number ?? '', reason.seconds);
    case 'invalid-number':
      return t['reloadly.invalidNumber'](reason.number ?? '');
    case 'operator-not-supported':
      return t['reloadly.operatorNotSupported'](reason.number ?? '');
    case 'operator-not-detected':
      return t['reloadly.operatorNotDetected'](reason.line);
    case 'operator-changed':
      return t['reloadly.operatorChanged'](reason.line, reason.was, reason.now, reason.carrier);
    case 'reloadly-topup-only':
      return t['reloadly.topupOnly'](reason.carrier, reason.plan);
    case 'auto-renew-unsupported':
      return t['reason.autoRenewUnsupported'];
  }
}

/** How a provider error not tagged with its account names where it came from. */
const UNNAMED = 'provider';

/** What to do next, where the reason itself says it better than the kind. */
function reasonHint(t: Messages, reason: ProviderReason): string | null {
  switch (reason.code) {
    case 'line-recycled':
      return t['reason.lineRecycledHint'];
    case 'insufficient-credit':
      return t['reason.insufficientCreditHint'];
    case 'ip-not-allowed':
      return t['reason.ipNotAllowedHint'];
    case 'rate-wait':
    case 'token-rate-limited':
      return t['reason.rateWaitHint'];
    default:
      return null;
  }
}

export function describeProviderError(t: Messages, account: string, error: ProviderError, origin: AccountOrigin | null = null): Reported {
  const reported = describeKind(t, account, error, origin);
  return { ...reported, hint: reasonHint(t, error.reason) ?? reported.hint };
}

/**
 * How to log in again to the account that failed: `account login` with what its provider takes, naming the
 * provider and endpoint (so a user with several accounts sees which login is meant); nothing to log in to again
 * while `account add` or `account login` is still checking what was just typed.
 */
function loginHint(t: Messages, account: string | null, origin: AccountOrigin | null): string {
  if (account === null) return t['error.provider.authHintAny'];
  if (origin === null) return t['error.provider.authHintPlain'](account);
  if (!origin.stored) return t['error.provider.authHintUnsaved'];
  const client = origin.provider === 'airalo' || origin.provider === 'reloadly';
  return t[client ? 'error.provider.authHintClient' : 'error.provider.authHint'](account, origin.provider, origin.endpoint);
}

function describeKind(t: Messages, account: string, error: ProviderError, origin: AccountOrigin | null): Reported {
  const exitCode = providerExit[error.kind];
  const said = wordReason(t, error.reason);
  switch (error.kind) {
    case 'auth':
      return { exitCode, message: t['error.provider.auth'](account, said), hint: loginHint(t, account === UNNAMED ? null : account, origin) };
    case 'unreachable':
      return { exitCode, message: t['error.provider.unreachable'](account, said), hint: null };
    case 'refused':
      return { exitCode, message: t['error.provider.refused'](account, said), hint: null };
    case 'unknown-outcome':
      return { exitCode, message: t['error.provider.unknownOutcome'](account, said), hint: t['error.provider.unknownOutcomeHint'] };
    case 'invalid-request':
      return { exitCode, message: t['error.provider.invalidRequest'](account, said), hint: null };
    case 'bad-response':
      return { exitCode, message: t['error.provider.badResponse'](account, said), hint: null };
    case 'busy':
      return { exitCode, message: t['error.provider.busy'](account, said), hint: null };
  }
}

/** What the system said when a file or the output could not be written or read: the user can act on these. */
const SYSTEM_CODES = ['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EMFILE', 'ENFILE'] as const;
type SystemCode = (typeof SYSTEM_CODES)[number];

function systemError(error: unknown): (NodeJS.ErrnoException & { code: SystemCode }) | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && typeof code === 'string' && (SYSTEM_CODES as readonly string[]).includes(code) ? (error as NodeJS.ErrnoException & { code: SystemCode }) : null;
}

/** A file under LEB_HOME leb cannot use: what is wrong with it and, where there is one, what to do. */
function wordStateProblem(t: Messages, file: string, problem: StateProblem): { message: string; hint: string | null } {
  switch (problem.kind) {
    case 'invalid-value':
      return { message: t['state.invalidValue'](file, problem.path, problem.detail), hint: null };
    case 'not-json':
      return { message: t['state.notJson'](file, problem.detail), hint: null };
    case 'unreadable':
      return { message: t['state.unreadable'](file, problem.detail), hint: null };
    case 'newer-version':
      return { message: t['state.newerVersion'](file, problem.stated, problem.current), hint: null };
    case 'journal-line':
      return { message: problem.notJson ? t['state.journalLineJson'](file, problem.line) : t['state.journalLineEvent'](file, problem.line), hint: null };
    case 'unsafe':
      return { message: t['state.unsafeFile'](file, t[`state.problem.${problem.what}`]), hint: t['state.unsafeFileHint'] };
    case 'not-ours':
      if (problem.what === 'sandbox-clock') return { message: t['state.sandboxClock'](file, problem.detail ?? ''), hint: t['state.sandboxClockHint'] };
      if (problem.what === 'sandbox-state') return { message: t['state.notOurs.sandbox-state'](file, problem.detail ?? ''), hint: null };
      return { message: t[`state.notOurs.${problem.what}`](file), hint: null };
  }
}

export function describeError(t: Messages, error: unknown): Reported {
  if (error instanceof AccountError) return describeProviderError(t, error.account, error.inner, error.origin);
  const system = systemError(error);
  if (system !== null) {
    const why = t[`error.system.${system.code}`];
    return {
      exitCode: ExitCode.corruptState,
      message: system.path ? t['error.system.file'](system.path, why) : t['error.system.output'](why),
      hint: system.code === 'EACCES' || system.code === 'EPERM' ? t['error.system.permissionHint'] : null,
    };
  }
  if (error instanceof LockBusyError) {
    return { exitCode: ExitCode.busy, message: error.holder === 'airalo-token' ? t['state.busyAiraloToken'](error.file) : t['state.busy'](error.file), hint: null };
  }
  if (error instanceof StateError) return { exitCode: ExitCode.corruptState, ...wordStateProblem(t, error.file, error.problem) };
  if (error instanceof LebError) return { exitCode: error.exitCode, message: error.message, hint: error.hint };
  if (error instanceof ProviderError) return describeProviderError(t, UNNAMED, error);
  if (error instanceof CommanderError) return { exitCode: ExitCode.usage, message: wordCommanderError(t, error), hint: null };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.internal, message: t['error.internal'](message), hint: t['error.internalHint'] };
}
