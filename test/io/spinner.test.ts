// The spinner (src/io/spinner.ts): nothing for a quick wait, the latest text once a wait is long enough, and
// nothing more once stopped or interrupted.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOW_AFTER_MS, delayedSpinner } from '../../src/io/spinner.js';
import { Collect } from '../helpers/io.js';

/** A terminal as ora sees one: a TTY stream with a cursor, collecting what is drawn. */
function terminal() {
  const stream = Object.assign(new Collect(), { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, drawn: () => stream.text };
}

describe('delayedSpinner', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('a wait shorter than SHOW_AFTER_MS draws nothing, then or later', async () => {
    const { stream, drawn } = terminal();
    const spinner = delayedSpinner(() => 'Reading lines…', stream, new AbortController().signal);
    vi.advanceTimersByTime(SHOW_AFTER_MS - 1);
    spinner.stop();
    vi.advanceTimersByTime(10 * SHOW_AFTER_MS);
    await vi.dynamicImportSettled();
    expect(drawn()).toBe('');
  });

  // Wording a text can load the message catalogue, which a run that ends quickly should not pay for.
  it('a quick wait never words its texts; a longer one words only the one it shows', async () => {
    const worded: string[] = [];
    const text = (words: string) => () => (worded.push(words), words);
    const quick = delayedSpinner(text('quick'), terminal().stream, new AbortController().signal);
    quick.update(text('quick 1/2'));
    quick.stop();
    const slow = delayedSpinner(text('slow 0/2'), terminal().stream, new AbortController().signal);
    slow.update(text('slow 1/2'));
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    await vi.dynamicImportSettled();
    slow.stop();
    expect(worded).toEqual(['slow 1/2']);
  });

  it('a longer wait shows the latest text, which follows updates until stopped', async () => {
    const { stream, drawn } = terminal();
    const spinner = delayedSpinner(() => 'Reading lines… 0/4', stream, new AbortController().signal);
    spinner.update(() => 'Reading lines… 1/4');
    vi.advanceTimersByTime(SHOW_AFTER_MS);
    await vi.dynamicImportSettled();
    expect(drawn()).toContain('Reading lines… 1/4');
    expect(drawn()).not.toContain('0/4');
    spinner.update(() => 'Reading lines… 3/4');
    vi.advanceTimersByTime(1_000);
    expect(drawn()).toContain('Reading lines… 3/4');
    spinner.stop();
    const after = drawn();
    vi.advanceTimersByTime(1_000);
    expect(drawn()).toBe(after);
  });

  it('Ctrl-C (the run signal aborting) stops it, before or after it is shown', async () => {
    for (const wait of [SHOW_AFTER_MS / 2, SHOW_AFTER_MS * 2]) {
      const { stream, drawn } = terminal();
      const run = new AbortController();
      delayedSpinner(() => 'Reading the plans…', stream, run.signal);
      vi.advanceTimersByTime(wait);
      await vi.dynamicImportSettled();
      run.abort();
      const after = drawn();
      vi.advanceTimersByTime(10 * SHOW_AFTER_MS);
      await vi.dynamicImportSettled();
      expect(drawn()).toBe(after);
      if (wait < SHOW_AFTER_MS) expect(after).toBe('');
    }
  });
});
