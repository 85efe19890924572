// Every way an Airalo call fails, as a structured ProviderError: the kind (which sets the exit code), a
// machine code (`line_recycled`, `insufficient_credit`, ...) and the reason with the values a sentence needs;
// src/cli/report.ts words it. Airalo's business codes (docs/airalo.md) come back as HTTP 422 {code, reason};
// field problems as 422 {data: {field: text}, meta: {message}}; the IP allow-list as 403 code 89.

import { ProviderError, type ProviderErrorKind, type ProviderReason } from '../port.js';

export function airaloError(kind: ProviderErrorKind, code: string, reason: ProviderReason, options?: { cause?: unknown }): ProviderError {
  return new ProviderError(kind, reason, code, options);
}

/** Airalo's business codes: the kind, leb's machine code and the reason of each. */
export function businessError(number: number, detail: string, iccid: string | null): ProviderError {
  switch (number) {
    case 11:
      return airaloError('refused', 'insufficient_credit', { code: 'insufficient-credit' });
    case 13:
      return airaloError('unreachable', 'operator_maintenance', { code: 'operator-maintenance' });
    case 14:
      return airaloError('invalid-request', 'invalid_checksum', { code: 'invalid-checksum' });
    case 23:
      return airaloError('refused', 'topup_disabled', { code: 'topup-disabled' });
    case 33:
      return airaloError('refused', 'esim_out_of_stock', { code: 'out-of-stock', what: 'esim' });
    case 34:
      return airaloError('refused', 'package_unavailable', { code: 'out-of-stock', what: 'package' });
    case 43:
      return airaloError('invalid-request', 'airalo_43', { code: 'provider-code', number, detail: detail.slice(0, 200) });
    case 53:
      return airaloError('unreachable', 'airalo_53', { code: 'provider-code', number, detail: detail.slice(0, 200) });
    case 73:
      return airaloError('refused', 'line_recycled', { code: 'line-recycled', line: iccid });
    case 89:
      return airaloError('auth', 'ip_not_allowed', { code: 'ip-not-allowed' });
    default:
      return airaloError('refused', `airalo_${number}`, { code: 'provider-code', number, detail: detail.slice(0, 200) });
  }
}

/** A 422 naming fields: an unknown package is a plan not in the catalogue (exit 2), a purchase limit a refusal. */
export function fieldError(fields: Record<string, string>, iccid: string | null): ProviderError {
  const [field = 'request', text = ''] = Object.entries(fields)[0] ?? [];
  if (/exceed_limit/.test(text)) return airaloError('refused', 'purchase_limit', { code: 'purchase-limit' });
  if (field === 'package_id') return airaloError('invalid-request', 'plan_not_found', { code: 'plan-not-found', plan: null });
  if (field === 'iccid') return airaloError('invalid-request', 'line_not_found', { code: 'line-not-found', line: iccid });
  if (field === 'client_id') return airaloError('auth', 'client_id_unknown', { code: 'client-id-unknown' });
  return airaloError('invalid-request', 'field_rejected', { code: 'field-rejected', field, detail: text.slice(0, 200) });
}
