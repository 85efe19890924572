// Where `leb sandbox serve` reads the carrier's clock: LEB_HOME/sandbox/clock.json, read on every request (one
// tiny file), so a later `leb sandbox clock --advance` with the same LEB_HOME moves a running server too; or,
// for a server started in a test, an offset kept in memory.

import { checkOffset } from '../../../domain/sandbox-clock.js';
import { withLock } from '../../../store/lock.js';
import { readClockOffset, writeClockOffset } from '../../../store/sandbox-clock.js';

export interface CarrierClock {
  /** Whole days the carrier's clock is ahead of the real one. */
  offsetDays(): number;
  /** Move the clock forward (POST /_sandbox/clock); the new offset, or null when it would pass the limit. */
  advance(days: number): Promise<number | null>;
}

export function memoryClock(start = 0): CarrierClock {
  let offset = start;
  return {
    offsetDays: () => offset,
    async advance(days) {
      const checked = checkOffset(offset + days, offset, null);
      if (!checked.ok) return null;
      offset = checked.offsetDays;
      return offset;
    },
  };
}

export function fileClock(file: string): CarrierClock {
  return {
    offsetDays: () => readClockOffset(file),
    advance: (days) =>
      withLock(file, () => {
        const current = readClockOffset(file);
        const checked = checkOffset(current + days, current, null);
        if (!checked.ok) return null;
        writeClockOffset(file, checked.offsetDays);
        return checked.offsetDays;
      }),
  };
}
