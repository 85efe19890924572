import type { ProviderError } from './port.js';

/** A provider error tagged with the account it came from, so the message can say which one failed. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
  constructor(
    readonly account: string,
    readonly inner: ProviderError,
  ) {
    super(inner.message, { cause: inner });
  }
}
