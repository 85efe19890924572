// Every way a Reloadly call fails, as a structured ProviderError: the kind (which sets the exit code), a machine
// code and the values a sentence needs; src/cli/report.ts words it. Reloadly answers errors as JSON
// {errorCode, message} with a 4xx status (docs/reloadly.md lists the codes leb knows).

import { ProviderError, type ProviderErrorKind, type ProviderReason } from '../port.js';

export function reloadlyError(kind: ProviderErrorKind, code: string, reason: ProviderReason, options?: { cause?: unknown }): ProviderError {
  return new ProviderError(kind, reason, code, options);
}

/** Reloadly refuses a second recharge of one number for about two minutes. */
export const RECENT_RECHARGE_SECONDS = 120;

/** A 4xx answer with Reloadly's errorCode, as leb's error. `number` is the line's number when one is concerned. */
export function answeredError(status: number, errorCode: string | null, message: string | null, number: string | null): ProviderError {
  const detail = (message ?? '').slice(0, 200);
  switch (errorCode) {
    case 'INVALID_CREDENTIALS':
      return reloadlyError('auth', 'credentials_rejected', { code: 'credentials-rejected' });
    case 'INVALID_TOKEN':
    case 'TOKEN_EXPIRED':
      return reloadlyError('auth', 'token_rejected', { code: 'token-rejected', why: { code: 'said', detail } });
    case 'INSUFFICIENT_BALANCE':
      return reloadlyError('refused', 'wallet_too_low', { code: 'wallet-too-low' });
    case 'PHONE_RECENTLY_RECHARGED':
      return reloadlyError('refused', 'recently_recharged', { code: 'recently-recharged', number, seconds: RECENT_RECHARGE_SECONDS });
    case 'INVALID_RECIPIENT_PHONE':
      return reloadlyError('invalid-request', 'invalid_number', { code: 'invalid-number', number });
    case 'COULD_NOT_AUTO_DETECT_OPERATOR':
    case 'OPERATOR_NOT_FOUND':
    case 'OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE':
    case 'COUNTRY_NOT_SUPPORTED':
      return reloadlyError('refused', 'operator_not_supported', { code: 'operator-not-supported', number });
    case 'INVALID_AMOUNT_FOR_OPERATOR':
      return reloadlyError('invalid-request', 'amount_not_offered', { code: 'field-rejected', field: 'amount', detail });
    default:
      if (status === 401) return reloadlyError('auth', 'credentials_rejected', { code: 'credentials-rejected' });
      if (status === 403) return reloadlyError('auth', 'forbidden', { code: 'forbidden' });
      return reloadlyError(status === 404 ? 'invalid-request' : 'refused', errorCode ? `reloadly_${errorCode.toLowerCase()}` : 'reloadly_error', {
        code: 'said',
        detail: detail || `HTTP ${status}`,
      });
  }
}
