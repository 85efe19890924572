// The embedded sandbox's state on disk (LEB_HOME/sandbox/<name>.json): seeded on first use, every change made
// under a cross-process lock, written atomically 0600. A corrupt file is reported and left alone.

import { withLock } from '../../store/lock.js';
import { readTextIfExists, writeFileAtomic } from '../../store/files.js';
import { readOwnJson } from '../../store/json-state.js';
import { advance } from './carrier.js';
import { seedState } from './seed.js';
import { parseSandboxState, type SandboxState } from './state.js';

function load(file: string, now: Date): SandboxState {
  return readSandboxStateIfExists(file) ?? seedState(now, Math.floor(Math.random() * 2 ** 31));
}

/** The state as the file has it (time not advanced), or null when there is none yet. */
export function readSandboxStateIfExists(file: string): SandboxState | null {
  return readOwnJson(file, parseSandboxState, 'sandbox-state', { explain: true });
}

/** Run `work` on the current state (time advanced to `now`) and persist whatever it changed, under the lock. */
export async function withSandboxState<T>(file: string, now: Date, work: (state: SandboxState) => T): Promise<T> {
  return withLock(file, () => {
    const state = load(file, now);
    const before = JSON.stringify(state);
    advance(state, now);
    try {
      return work(state);
    } finally {
      const after = JSON.stringify(state);
      if (after !== before || readTextIfExists(file) === null) writeFileAtomic(file, `${after}\n`);
    }
  });
}

/**
 * Read-only work needs no lock: files are replaced atomically, so a reader sees a whole state. Only when the
 * file is missing or time has moved the carrier on (a renewal fell due, a number was recycled) is the change
 * made, and saved, under the lock.
 */
export async function readSandboxState<T>(file: string, now: Date, work: (state: SandboxState) => T): Promise<T> {
  const state = readSandboxStateIfExists(file);
  if (state !== null) {
    const before = JSON.stringify(state);
    advance(state, now);
    if (JSON.stringify(state) === before) return work(state);
  }
  return withSandboxState(file, now, work);
}
