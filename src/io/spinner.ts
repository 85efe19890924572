// A spinner on stderr for a wait a person would notice. It is drawn only once the wait has lasted SHOW_AFTER_MS:
// a quick answer (the embedded sandbox, a line read from a fast provider) neither flashes a spinner on the
// terminal for a few milliseconds nor loads ora to draw it, which was most of what such a run added on a
// terminal. Text given before then is what the spinner starts with.

import type { Writable } from 'node:stream';

/**
 * What a spinner says, worded only if the spinner is drawn: most waits end before it would be (or no one
 * watches), and wording the text would load the message catalogue for a run that prints nothing else in words.
 */
export type SpinnerText = () => string;

export interface Spinner {
  update(text: SpinnerText): void;
  stop(): void;
}

/** How long a wait goes unremarked: below what a person notices as a pause. */
export const SHOW_AFTER_MS = 150;

/**
 * A spinner for `text` on `stream`, which the caller has found to be a terminal a person watches, shown from
 * SHOW_AFTER_MS on. Stopped by `stop()` or when `signal` aborts (Ctrl-C clears it before anything says why the
 * run ended); once stopped it never appears.
 */
export function delayedSpinner(text: SpinnerText, stream: Writable, signal: AbortSignal, showAfterMs: number = SHOW_AFTER_MS): Spinner {
  let current = text;
  let shown: { text: string; stop(): unknown } | null = null;
  let stopped = false;
  const show = async () => {
    const { default: ora } = await import('ora');
    if (stopped) return;
    // discardStdin off: ora's discarder puts stdin in raw mode without reading it, which swallowed Ctrl-C.
    // Left alone, the terminal turns Ctrl-C into SIGINT, which main handles. isEnabled: whether a spinner is
    // drawn at all is the caller's decision (a terminal, not CI: src/cli/context.ts), made from the run's own
    // environment rather than ora's reading of process.env.
    shown = ora({ text: current(), stream, discardStdin: false, isEnabled: true }).start();
  };
  // unref: a pending spinner never keeps a finished run alive.
  const timer = setTimeout(() => void show(), showAfterMs);
  timer.unref();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
    shown?.stop();
  };
  signal.addEventListener('abort', stop, { once: true });
  return {
    update(next) {
      current = next;
      if (shown) shown.text = next();
    },
    stop,
  };
}
