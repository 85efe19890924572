// Small, careful file helpers: atomic 0600 writes and reads that tell "absent" apart from "unreadable".

import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StateError } from '../errors.js';
import { ensurePrivateDir, FILE_MODE } from './paths.js';

/** Write to a temporary file in the same directory, fsync, then rename over: readers never see half a file. */
export function writeFileAtomic(file: string, text: string): void {
  ensurePrivateDir(dirname(file));
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
}

/** The file's text, or null when it does not exist; anything else unreadable is a StateError (exit 9). */
export function readTextIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StateError(file, `cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Parse JSON from a state file, naming the file when it is corrupt. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StateError(file, `${file} is not valid JSON (${(error as Error).message}); fix or move it away, leb will not overwrite it`, { cause: error });
  }
}
