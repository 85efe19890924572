// Every provider call races the run's abort signal: many calls in flight at once (status reads a fleet 16 at a
// time, up to 256) are that many listeners on one signal, which is no leak and must not make Node print its
// "possible memory leak" warning into the middle of a spinner on stderr.

import { afterEach, describe, expect, it } from 'vitest';
import { interruptible, raceAbort } from '../../src/providers/interruptible.js';
import type { Provider } from '../../src/providers/port.js';

describe('interruptible providers', () => {
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });

  it('40 calls in flight on one signal: no MaxListenersExceededWarning, and Ctrl+C still ends every one', async () => {
    process.on('warning', onWarning);
    const controller = new AbortController();
    const provider = interruptible({ lineStatus: () => new Promise(() => {}) } as unknown as Provider, controller.signal);
    const calls = Array.from({ length: 40 }, () => provider.lineStatus('ln_x'));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('interrupted'));
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });

  // The context opens every account's provider racing the same signal, before any interruptible() wraps one:
  // `leb status` over 11 accounts printed the warning.
  it('40 waits raced against one signal (accounts being opened): no warning either', async () => {
    process.on('warning', onWarning);
    const controller = new AbortController();
    const opening = Array.from({ length: 40 }, () => raceAbort(new Promise(() => {}), controller.signal));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('interrupted'));
    expect((await Promise.allSettled(opening)).every((o) => o.status === 'rejected')).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });
});
