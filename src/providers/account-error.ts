import type { ProviderError, ProviderKind } from './port.js';

/** Which account an error came from, as far as a message needs it to say how to log in again. */
export interface AccountOrigin {
  provider: ProviderKind;
  /** The endpoint the account talks to (config.json), or null when it has none. */
  endpoint: string | null;
  /** False while `account add` or `account login` checks credentials not stored yet: nothing to log in to again. */
  stored: boolean;
}

/** A provider error tagged with the account it came from, so the message can say which one failed. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
  constructor(
    readonly account: string,
    readonly inner: ProviderError,
    readonly origin: AccountOrigin | null = null,
  ) {
    super(inner.message, { cause: inner });
  }
}
