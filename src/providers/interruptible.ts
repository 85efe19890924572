// Ctrl-C ends a wait on the provider at once: every call races the run's abort signal and loses to it with the
// signal's reason. Payments are the exception: a top-up or renewal is never cut short by the signal; the payment
// code answers Ctrl-C itself (app/payments/pay.ts, Context.onInterrupt), knowing whether it was sent.

import { setMaxListeners } from 'node:events';
import type { Provider } from './port.js';

/** The calls that send money; never cut short, whatever the signal says. */
const PAYMENTS: ReadonlySet<PropertyKey> = new Set(['topup', 'renew']);

/**
 * Rejects with the signal's reason as soon as it aborts (at once when it already has). Each wait adds a
 * listener to the run's signal while it lasts, and a run has many at once (status opens every account, then
 * reads up to --concurrency lines): not a leak. Node's warning about more than 10 would land on stderr in the
 * middle of the output, as it did for `leb status` over 11 accounts.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  setMaxListeners(0, signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function interruptible(provider: Provider, signal: AbortSignal): Provider {
  return new Proxy(provider, {
    get(inner, property, receiver) {
      const value = Reflect.get(inner, property, receiver);
      if (typeof value !== 'function' || PAYMENTS.has(property) || property === 'close') return value;
      return (...args: unknown[]) => {
        if (signal.aborted) return Promise.reject(signal.reason);
        return raceAbort(Promise.resolve(value.apply(inner, args)), signal);
      };
    },
  });
}
