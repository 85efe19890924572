// The only place errors become exit codes and text: one line saying what went wrong, one saying what to do,
// and a stack only under --debug.

import { CommanderError } from 'commander';
import { ExitCode, LebError, type ExitCodeValue } from '../errors.js';
import type { Messages } from '../io/messages/index.js';
import { ProviderError } from '../providers/port.js';
import { AccountError } from '../providers/account-error.js';

export interface Reported {
  exitCode: ExitCodeValue;
  message: string;
  hint: string | null;
}

const providerExit: Record<ProviderError['kind'], ExitCodeValue> = {
  auth: ExitCode.notConfigured,
  unreachable: ExitCode.unreachable,
  refused: ExitCode.refused,
  'unknown-outcome': ExitCode.unknownOutcome,
  'invalid-request': ExitCode.usage,
  'bad-response': ExitCode.unreachable,
  busy: ExitCode.busy,
};

export function describeProviderError(t: Messages, account: string, error: ProviderError): Reported {
  const exitCode = providerExit[error.kind];
  switch (error.kind) {
    case 'auth':
      return { exitCode, message: t['error.provider.auth'](account, error.message), hint: t['error.provider.authHint'](account) };
    case 'unreachable':
      return { exitCode, message: t['error.provider.unreachable'](account, error.message), hint: null };
    case 'refused':
      return { exitCode, message: t['error.provider.refused'](account, error.message), hint: null };
    case 'unknown-outcome':
      return { exitCode, message: t['error.provider.unknownOutcome'](account, error.message), hint: t['error.provider.unknownOutcomeHint'] };
    case 'invalid-request':
      return { exitCode, message: t['error.provider.invalidRequest'](account, error.message), hint: null };
    case 'bad-response':
      return { exitCode, message: t['error.provider.badResponse'](account, error.message), hint: null };
    case 'busy':
      return { exitCode, message: t['error.provider.busy'](account, error.message), hint: null };
  }
}

export function describeError(t: Messages, error: unknown): Reported {
  if (error instanceof AccountError) return describeProviderError(t, error.account, error.inner);
  if (error instanceof LebError) return { exitCode: error.exitCode, message: error.message, hint: error.hint };
  if (error instanceof ProviderError) return describeProviderError(t, 'provider', error);
  if (error instanceof CommanderError) return { exitCode: ExitCode.usage, message: error.message.replace(/^error: /, ''), hint: null };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.internal, message: t['error.internal'](message), hint: t['error.internalHint'] };
}

/**
 * Accounts whose provider failed while others answered: one warning each, and the first one's exit code
 * (null when none failed), so a failing account never hides the others' lines.
 */
export function reportFailures(t: Messages, failures: readonly { error: unknown }[], warn: (message: string) => void): ExitCodeValue | null {
  let first: ExitCodeValue | null = null;
  for (const failure of failures) {
    const reported = describeError(t, failure.error);
    warn(reported.message);
    first ??= reported.exitCode;
  }
  return first;
}
