// Explicit limits instead of undici's defaults (300 s headers and body timeouts: far too long for a CLI).
// Each is further capped by what is left of the --timeout budget.

export const CONNECT_TIMEOUT_MS = 5_000;
export const HEADERS_TIMEOUT_MS = 10_000;
export const BODY_TIMEOUT_MS = 10_000;
