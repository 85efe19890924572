// Cross-process locks. conf has none (16 processes × 20 writes kept 103 of 320 keys in a test), so every
// read-modify-write of a shared file runs inside one of these.

import { LebError, ExitCode } from '../errors.js';
import { ensurePrivateDir } from './paths.js';
import { dirname } from 'node:path';

/** How long a lock whose holder stopped refreshing it (a killed process) keeps others out. */
export const STALE_AFTER_MS = 5_000;

export interface LockOptions {
  /** How long to keep trying before giving up, in ms; 0 tries once and gives up at once when it is held. */
  waitMs?: number;
  /** What to say when the lock cannot be had. */
  busyMessage?: string;
}

/**
 * Run `work` while holding an exclusive lock on `lockPath` (a directory proper-lockfile creates atomically).
 * A lock left by a crashed process goes stale after STALE_AFTER_MS and is taken over.
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const { default: lockfile } = await import('proper-lockfile');
  ensurePrivateDir(dirname(lockPath));
  const waitMs = options.waitMs ?? 5_000;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(lockPath, {
      realpath: false,
      lockfilePath: `${lockPath}.lock`,
      // The holder refreshes the lock every second; one left by a killed process is taken over after 5 s.
      stale: STALE_AFTER_MS,
      update: 1_000,
      retries: waitMs <= 0 ? 0 : { retries: Math.max(1, Math.ceil(waitMs / 100)), minTimeout: 50, maxTimeout: 100, factor: 1.2 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new LebError(ExitCode.busy, options.busyMessage ?? `another leb process is using ${lockPath}; try again in a moment`);
    }
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
