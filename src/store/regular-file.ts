// Every file leb keeps under LEB_HOME is a regular file owned by the user. Whatever else sits in its place (a
// symlink pointing outside LEB_HOME, a FIFO that would hang a read, a device, a directory, someone else's file)
// is refused with UnsafeFileError (exit 9, naming it) instead of being read, appended to or replaced.
// Files are opened with O_NOFOLLOW (a symlink is never followed) and O_NONBLOCK (a FIFO never blocks the open),
// then checked on the open descriptor, so nothing can be swapped in between the check and the use.

import { chmodSync, closeSync, constants, fchmodSync, fstatSync, lstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { UnsafeFileError, type UnsafeFileProblem } from '../errors.js';

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

function problemOf(stats: Stats): UnsafeFileProblem | null {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isDirectory()) return 'directory';
  if (stats.isSocket()) return 'socket';
  if (!stats.isFile()) return 'other';
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) return 'not-owner';
  return null;
}

/**
 * Files and directories whose mode was looser than 0600/0700 and that this run tightened, with the mode they
 * had. The store cannot word warnings; the context reports each one (in the user's language) and clears this.
 */
export const tightened = new Map<string, number>();

/** chmod an existing directory to 0700; a looser one is noted for the warning. */
export function tightenDir(dir: string, mode: number): void {
  const had = statSync(dir).mode & 0o777;
  if (had === mode) return;
  chmodSync(dir, mode);
  if ((had & 0o077) !== 0) tightened.set(dir, had);
}

/** Throws UnsafeFileError unless `file` is absent or a regular file of ours; never follows a symlink. */
export function assertRegularOrAbsent(file: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const problem = problemOf(stats);
  if (problem !== null) throw new UnsafeFileError(file, problem);
}

/**
 * Open `file` (flags as for openSync, numeric) without following a symlink and without blocking on a FIFO;
 * the descriptor is a regular file of ours, or it is closed and UnsafeFileError thrown. ENOENT passes through.
 */
export function openRegular(file: string, flags: number, mode?: number): number {
  let fd: number;
  try {
    fd = openSync(file, flags | NOFOLLOW | NONBLOCK, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // O_NOFOLLOW on a symlink: ELOOP (Linux, macOS) or EMLINK (FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK') throw new UnsafeFileError(file, 'symlink');
    if (code === 'EISDIR') throw new UnsafeFileError(file, 'directory');
    if (code === 'ENXIO') throw new UnsafeFileError(file, 'fifo');
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    const problem = problemOf(stats);
    if (problem !== null) throw new UnsafeFileError(file, problem);
    // The 0600 promise holds for files that were already there: group or other access is taken away.
    if ((stats.mode & 0o077) !== 0) {
      fchmodSync(fd, 0o600);
      tightened.set(file, stats.mode & 0o777);
    }
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/** The text of a regular file of ours, or null when it does not exist. */
export function readRegularTextIfExists(file: string): string | null {
  let fd: number;
  try {
    fd = openRegular(file, constants.O_RDONLY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
