// LEB_HOME/sandbox/clock.json: how many whole days the sandbox's clock is ahead of the real one (negative:
// behind). Read by every `--sandbox` run and by `leb sandbox serve` on each request, so it stays one tiny file
// read without a lock (it is replaced atomically); `leb sandbox clock` changes it under a lock.

import { join } from 'node:path';
import { StateError } from '../errors.js';
import { MAX_CLOCK_OFFSET_DAYS } from '../domain/sandbox-clock.js';
import { readTextIfExists, writeFileAtomic } from './files.js';
import { intIn, object, oneOf, ShapeError } from './shape.js';

export function sandboxClockFile(sandboxDir: string): string {
  return join(sandboxDir, 'clock.json');
}

/** A clock file that does not parse: exit 9, worded by cli/report.ts with the file and what is wrong. */
export class SandboxClockError extends StateError {
  override readonly name = 'SandboxClockError';
  constructor(
    file: string,
    /** Where in the file, and what was expected there (or the JSON parser's words). */
    readonly detail: string,
  ) {
    super(file, { kind: 'not-ours', what: 'sandbox-clock', detail });
  }
}

const clockShape = object({ version: oneOf([1]), offsetDays: intIn(-MAX_CLOCK_OFFSET_DAYS, MAX_CLOCK_OFFSET_DAYS) });

/** The offset in days; 0 when the file is absent (the sandbox runs on the real clock). */
export function readClockOffset(file: string): number {
  const text = readTextIfExists(file);
  if (text === null) return 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SandboxClockError(file, (error as Error).message);
  }
  try {
    return clockShape(parsed, '').offsetDays;
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new SandboxClockError(file, `${error.path}: ${error.message}`);
  }
}

/** Replace the file atomically (0600 in a 0700 directory). The caller holds the clock's lock. */
export function writeClockOffset(file: string, offsetDays: number): void {
  writeFileAtomic(file, `${JSON.stringify({ version: 1, offsetDays })}\n`);
}
