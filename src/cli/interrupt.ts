// Ctrl-C, handled once for the whole run. The first press aborts the run's signal: every wait on a provider
// ends at once, spinners stop, and main exits 130 (while a payment is under way, Context.onInterrupt also says
// what is known and ends the process). A second press while something still holds on ends it without waiting.
//
// ora would put stdin in raw mode and never read it (so Ctrl-C was lost); the context turns that off, so the
// terminal delivers Ctrl-C as SIGINT, handled here.

import { InterruptedError } from '../errors.js';

export interface Interrupt {
  signal: AbortSignal;
  dispose(): void;
}

export function listenForCtrlC(): Interrupt {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new InterruptedError());
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => void process.off('SIGINT', onSigint) };
}
