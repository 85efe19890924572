// Cross-process locks. An atomic rename alone loses writes when two processes read, change and write the same
// file at once (16 processes × 20 writes through a lockless writer kept 103 of 320 keys in a test), so every
// read-modify-write of a shared file runs inside one of these.

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, rmdirSync, statSync, utimesSync } from 'node:fs';
import { LebError, ExitCode, LockBusyError } from '../errors.js';
import { writeFileAtomic } from './files.js';
import { ensurePrivateDir } from './paths.js';
import { dirname } from 'node:path';

import { STALE_AFTER_MS } from './lock-timing.js';

export { STALE_AFTER_MS };

export interface LockOptions {
  /** How long to keep trying before giving up, in ms; 0 tries once and gives up at once when it is held. */
  waitMs?: number;
  /** What to say when the lock cannot be had. */
  busyMessage?: string;
  /** Without busyMessage: what the holder is doing, for the words report.ts gives LockBusyError. */
  holder?: LockBusyError['holder'];
  /**
   * Write an owner token beside the lock so `held()` can tell whether another process took the lock over
   * (ours went stale while we were paused: SIGSTOP, a closed laptop lid). Costs one small write per lock.
   */
  verifiable?: boolean;
}

/** What `work` gets: whether the lock is still ours. */
export interface HeldLock {
  held(): boolean;
}

type Callback<T> = (error: Error | null, value?: T) => void;

/** `op()` now, its outcome handed to `callback` on the next tick, as an asynchronous fs function would. */
function settle<T>(op: () => T, callback: Callback<T>): void {
  let value: T | undefined;
  let error: Error | null = null;
  try {
    value = op();
  } catch (caught) {
    error = caught as Error;
  }
  process.nextTick(() => callback(error, value));
}

/**
 * The file operations proper-lockfile makes (mkdir, stat, utimes, rmdir on one small directory), made
 * synchronously. Made asynchronously they went through libuv's thread pool, which the first of them starts
 * (four threads): about 2 of the 7 ms of CPU a lock added to a run that takes one, such as `status` merging
 * its cache (loading proper-lockfile is most of the rest). Each is a single system call on a local directory,
 * as leb's other file operations are.
 */
const syncFs = {
  mkdir: (path: string, callback: Callback<void>) => settle(() => void mkdirSync(path), callback),
  stat: (path: string, callback: Callback<ReturnType<typeof statSync>>) => settle(() => statSync(path), callback),
  utimes: (path: string, atime: Date, mtime: Date, callback: Callback<void>) => settle(() => utimesSync(path, atime, mtime), callback),
  rmdir: (path: string, callback: Callback<void>) => settle(() => rmdirSync(path), callback),
  realpath: (path: string, callback: Callback<string>) => settle(() => realpathSync(path), callback),
  rmdirSync,
};

/**
 * Run `work` while holding an exclusive lock on `lockPath` (a directory proper-lockfile creates atomically).
 * A lock left by a crashed process goes stale after STALE_AFTER_MS and is taken over.
 */
export async function withLock<T>(lockPath: string, work: (lock: HeldLock) => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const { default: lockfile } = await import('proper-lockfile');
  ensurePrivateDir(dirname(lockPath));
  const waitMs = options.waitMs ?? 5_000;
  let release: () => Promise<void>;
  // proper-lockfile's default for a lock it finds taken over is to throw from a timer: an uncaught ECOMPROMISED
  // stack. Noting it instead lets the holder stop safely at its next check.
  let compromised = false;
  try {
    release = await lockfile.lock(lockPath, {
      fs: syncFs,
      realpath: false,
      lockfilePath: `${lockPath}.lock`,
      // The holder refreshes the lock every second; one left by a killed process is taken over after 5 s.
      stale: STALE_AFTER_MS,
      update: 1_000,
      onCompromised: () => {
        compromised = true;
      },
      retries: waitMs <= 0 ? 0 : { retries: Math.max(1, Math.ceil(waitMs / 100)), minTimeout: 50, maxTimeout: 100, factor: 1.2 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      if (options.busyMessage !== undefined) throw new LebError(ExitCode.busy, options.busyMessage);
      throw new LockBusyError(lockPath, options.holder);
    }
    throw error;
  }
  const ownerFile = `${lockPath}.owner`;
  const token = options.verifiable ? randomBytes(8).toString('hex') : null;
  if (token !== null) writeFileAtomic(ownerFile, token);
  const lock: HeldLock = {
    held() {
      if (compromised) return false;
      if (token === null) return true;
      try {
        return readFileSync(ownerFile, 'utf8') === token;
      } catch {
        return false;
      }
    },
  };
  try {
    return await work(lock);
  } finally {
    // A lock another process took over is its lock now: releasing would delete it from under that process.
    if (lock.held()) await release().catch(() => undefined);
  }
}
