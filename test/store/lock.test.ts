// The cross-process lock when it is taken over while held: noted, never thrown from a timer.

import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withLock } from '../../src/store/lock.js';
import { tempHome } from '../helpers/cli.js';

describe('withLock', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => {
    vi.useRealTimers();
    home.cleanup();
  });

  it('a lock whose mtime another process changed (it took the stale lock over) reads as not held; no ECOMPROMISED is thrown', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const lockPath = join(home.home, 'locks', 'line-x');
      // Faked before the lock is taken, so its refresh timer is one the test can move.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const held = await withLock(lockPath, async (lock) => {
        expect(lock.held()).toBe(true);
        utimesSync(`${lockPath}.lock`, new Date(1_000), new Date(1_000));
        // proper-lockfile's refresh timer notices the foreign mtime on its next tick (fs.stat is real I/O).
        vi.advanceTimersByTime(1_100);
        // (performance.now is not faked: give a loaded machine's fs.stat up to 5 real seconds.)
        const until = performance.now() + 5_000;
        while (lock.held() && performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
        vi.useRealTimers();
        return lock.held();
      });
      expect(held).toBe(false);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
