// What the providers' HTTP clients tell their callers besides a ProviderError, and the small pieces they share:
// one definition each, so a provider's session and its settlement code recognise them whichever client threw
// them (TokenRejected is every client's; the rest is Airalo's and Reloadly's).

import type { ProviderReason } from './port.js';

/** A 401 on a call made with a token: the session gets a newer token and calls again. */
export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
  /** What the provider said, for the auth error a session raises when a fresh token is refused too. */
  constructor(readonly why: ProviderReason) {
    super(why.code === 'said' ? why.detail : JSON.stringify(why));
  }
}

/** A payment may have been applied, and no definite answer came back: settle it by looking, never by resending. */
export class UnclearOutcome extends Error {
  override readonly name = 'UnclearOutcome';
  constructor(readonly why: ProviderReason) {
    super(why.code);
  }
}

/** An answer's body as JSON, or null when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * One token request at a time per source: concurrent callers share the one in flight; a rejected token, or a
 * failed request, makes the next caller ask again.
 */
export class SingleFlight {
  private current: Promise<string> | null = null;

  get(rejected: string | null, fetch: (rejected: string | null) => Promise<string>): Promise<string> {
    if (this.current === null || rejected !== null) {
      const asked = fetch(rejected);
      this.current = asked;
      asked.catch(() => {
        if (this.current === asked) this.current = null;
      });
    }
    return this.current;
  }
}
