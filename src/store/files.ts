// The one way leb writes a file, and careful reads: every file it writes (its own state under LEB_HOME and the
// files a user asks for by path, like `leb remind --ics`) is 0600 and replaced atomically; reads tell "absent"
// apart from "unreadable".

import { closeSync, fsyncSync, openSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { StateError } from '../errors.js';
import { ensurePrivateDir, FILE_MODE } from './paths.js';
import { assertRegularOrAbsent, readRegularTextIfExists } from './regular-file.js';

export interface WriteOptions {
  /**
   * 'private' (the default, leb's own state): the directory is created 0700, or tightened to 0700.
   * 'existing' (a path the user named): the directory is the user's; it must exist and its mode is left alone.
   */
  directory?: 'private' | 'existing';
  /**
   * false for a file that is only a cache, rebuilt by the next run that needs it (the status cache): no fsync
   * before the rename. A crash can then leave it empty or cut short, which its reader treats as corrupt and the
   * next write replaces. Default true.
   */
  durable?: boolean;
}

/** Temporary files this process has named, so no two of its names are alike. */
let tempCount = 0;

/**
 * A fresh temporary name beside `target`: unique among running processes (pid) and within this one (count), with
 * a random part so a name is not known in advance in a directory others can write to. It needs to be unique, not
 * secret: it is opened with 'wx', which never opens what is already there (a symlink included), and another try
 * follows. (Not node:crypto: loading it costs a status run about a twentieth of its time, for four bytes.)
 */
function tempNameFor(target: string): string {
  tempCount += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${tempCount}-${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Create a new 0600 temporary file beside `target`; a name already taken is tried again under another. */
function openTemp(target: string): { temp: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const temp = tempNameFor(target);
    try {
      return { temp, fd: openSync(temp, 'wx', FILE_MODE) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}

/**
 * Write to a 0600 temporary file in the same directory, fsync (unless `durable: false`), then rename over:
 * readers never see half a file, and a file that was looser before ends up 0600. Throws UnsafeFileError for a
 * path that is not a regular file of the user's, else the underlying Node error (ENOENT for a missing
 * directory, EACCES, EISDIR, ...); callers word it.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const target = resolve(file);
  if ((options.directory ?? 'private') === 'private') ensurePrivateDir(dirname(target));
  // A symlink, FIFO, device or directory in the file's place is refused (UnsafeFileError), never replaced.
  assertRegularOrAbsent(target);
  const { temp, fd } = openTemp(target);
  let closed = false;
  try {
    writeSync(fd, text);
    if (options.durable ?? true) fsyncSync(fd);
    closeSync(fd);
    closed = true;
    renameSync(temp, target);
  } catch (error) {
    if (!closed) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or gone.
    }
    throw error;
  }
}

/** The file's text, or null when it does not exist; anything else unreadable is a StateError (exit 9). */
export function readTextIfExists(file: string): string | null {
  try {
    return readRegularTextIfExists(file);
  } catch (error) {
    if (error instanceof StateError) throw error;
    throw new StateError(file, { kind: 'unreadable', detail: (error as Error).message }, { cause: error });
  }
}

/** Parse JSON from a state file, naming the file when it is corrupt. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StateError(file, { kind: 'not-json', detail: (error as Error).message }, { cause: error });
  }
}
