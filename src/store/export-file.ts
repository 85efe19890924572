// Files the user asks for by path (`leb remind --ics <file>`), outside LEB_HOME. Written like leb's own state,
// 0600 and atomically (temp file in the same directory, fsync, rename), but the directory is the user's: it must
// exist already and its mode is left alone.

import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { FILE_MODE } from './paths.js';

/** Throws the underlying Node error (ENOENT for a missing directory, EACCES, EISDIR, ...); callers word it. */
export function writeExportFile(file: string, text: string): void {
  const target = resolve(file);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or gone.
    }
    throw error;
  }
}
