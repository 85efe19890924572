// The start-up code cache: V8's compiled form of dist/main.cjs, kept in LEB_HOME/cache/startup-code.bin so the
// next run deserializes the bundle instead of parsing and compiling it again (Node 20 has no compile cache of its
// own; ARCHITECTURE.md, "Start-up"). It is only a cache: whatever is wrong with it (absent, not ours, stale, cut
// short, corrupt, refused by V8) means the run compiles as if there were none, and never fails because of it.
//
// The file is held to LEB_HOME's rules (src/store/regular-file.ts) without the store's warnings, since nothing
// needs it: it is used only when LEB_HOME is a directory of ours that is private (0700), the cache directory is
// a real 0700 directory of ours (not a symlink) and the file a regular 0600 file of ours, opened without
// following a symlink or blocking on a FIFO. It is written 0600 under a fresh name and renamed over, never
// through a symlink; a directory or special file in its place is left alone.
//
// Layout: a line naming the format, a line of JSON (what the data was made from, its length and word-hash.ts
// checksum), then V8's data. V8 itself checks only the source's length and its own version and flags, so the
// bundle's SHA-256 (from the build) is part of the key: another build of the same length never uses this data.

import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { wordHasher } from './word-hash.js';

const FORMAT = 'leb start-up code cache 1\n';
const FILE_NAME = 'startup-code.bin';
/** Far above what a bundle's data needs (a few hundred KB); a bigger file is not ours to read. */
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_HEADER = 1024;

export interface CacheLocation {
  dir: string;
  file: string;
}

interface Header {
  key: string;
  bytes: number;
  checksum: string;
}

const ownedBy = (stats: Stats) => stats.uid === process.getuid?.();
const isPrivate = (stats: Stats) => (stats.mode & 0o077) === 0;

/**
 * Where the cache lives under `home`, or null when it must not be used: not POSIX (no owner or mode to check),
 * LEB_HOME absent (a run never creates it for a cache), not a directory of ours, or open to others (the run
 * tightens it and says so; the next run can use the cache).
 */
export function cacheLocation(home: string): CacheLocation | null {
  if (process.platform === 'win32' || process.getuid === undefined) return null;
  try {
    const stats = statSync(home);
    if (!stats.isDirectory() || !ownedBy(stats) || !isPrivate(stats)) return null;
  } catch {
    return null;
  }
  const dir = join(home, 'cache');
  return { dir, file: join(dir, FILE_NAME) };
}

/** The cache directory as it must be, or false; `create` makes a missing one (0700) instead of giving up. */
function dirReady(dir: string, create: boolean): boolean {
  try {
    const stats = lstatSync(dir);
    return stats.isDirectory() && ownedBy(stats) && isPrivate(stats);
  } catch (error) {
    if (!create || (error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    try {
      mkdirSync(dir, { mode: 0o700 });
      return dirReady(dir, false);
    } catch {
      return false;
    }
  }
}

/** The header's fields, or null unless it is exactly what writeCodeCache writes. */
function parseHeader(text: string): Header | null {
  try {
    const value = JSON.parse(text) as Partial<Header> | null;
    if (typeof value !== 'object' || value === null) return null;
    const { key, bytes, checksum } = value;
    if (typeof key !== 'string' || typeof checksum !== 'string' || !/^[0-9a-f]{16}$/.test(checksum)) return null;
    if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0) return null;
    return { key, bytes, checksum };
  } catch {
    return null;
  }
}

/** V8's data for `key`, or null when there is none this run may use. Never throws. */
export function readCodeCache(location: CacheLocation, key: string): Uint8Array | null {
  if (!dirReady(location.dir, false)) return null;
  let fd: number;
  try {
    fd = openSync(location.file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || !ownedBy(stats) || !isPrivate(stats) || stats.size > MAX_BYTES || stats.size <= FORMAT.length) return null;
    const hasher = wordHasher(stats.size);
    if (hasher === null) return null;
    const { bytes } = hasher;
    let size = 0;
    while (size < stats.size) {
      const read = readSync(fd, bytes, size, stats.size - size, size);
      if (read === 0) break;
      size += read;
    }
    const text = (start: number, end: number) => Buffer.from(bytes.buffer, start, end - start).toString('utf8');
    if (text(0, FORMAT.length) !== FORMAT) return null;
    const headerEnd = bytes.subarray(0, Math.min(size, FORMAT.length + MAX_HEADER)).indexOf(0x0a, FORMAT.length);
    if (headerEnd < 0) return null;
    const header = parseHeader(text(FORMAT.length, headerEnd));
    const start = headerEnd + 1;
    if (header === null || header.key !== key || header.bytes !== size - start) return null;
    if (hasher.hash(start, size) !== header.checksum) return null;
    return bytes.subarray(start, size);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Replace the cache with V8's `data` for `key`. False when it was not written (the directory is not as it must
 * be, a directory or special file of someone's sits where the file goes, the disk refused); never throws.
 */
export function writeCodeCache(location: CacheLocation, key: string, data: Uint8Array): boolean {
  if (data.length === 0 || data.length > MAX_BYTES - MAX_HEADER || !dirReady(location.dir, true)) return false;
  try {
    const present = lstatSync(location.file);
    // A regular file is replaced (whatever its mode or content: a loose one is not used); nothing else is.
    if (!present.isFile() || !ownedBy(present)) return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
  }
  const hasher = wordHasher(data.length);
  if (hasher === null) return false;
  hasher.bytes.set(data);
  const header = Buffer.from(`${FORMAT}${JSON.stringify({ key, bytes: data.length, checksum: hasher.hash(0, data.length) } satisfies Header)}\n`);
  // Unique per process and attempt; 'wx' never opens something already there (a symlink included).
  const temp = join(location.dir, `.${FILE_NAME}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch {
    return false;
  }
  try {
    for (const part of [header, data]) {
      let done = 0;
      while (done < part.length) done += writeSync(fd, part, done, part.length - done);
    }
    closeSync(fd);
    fd = -1;
    // No fsync: a cache lost or cut short in a crash is refused by its length and checksum, and made again.
    renameSync(temp, location.file);
    return true;
  } catch {
    if (fd >= 0) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or gone.
    }
    return false;
  }
}
