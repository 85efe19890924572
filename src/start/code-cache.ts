// The start-up code cache: V8's compiled form of each file of dist/ a run loads (main.cjs, a language's messages,
// a vendored library), kept in LEB_HOME/cache/startup-code-<name>.bin so the next run deserializes it instead of
// parsing and compiling it again (Node 20 has no compile cache of its own; ARCHITECTURE.md, "Start-up"). It is only a cache: whatever is wrong with it (absent, not ours, stale, cut
// short, corrupt, refused by V8) means the run compiles as if there were none, and never fails because of it.
//
// The file is held to LEB_HOME's rules (src/store/regular-file.ts) without the store's warnings, since nothing
// needs it: it is used only when LEB_HOME is a directory of ours that is private (0700), the cache directory is
// a real 0700 directory of ours (not a symlink) and the file a regular 0600 file of ours, opened without
// following a symlink or blocking on a FIFO. It is written 0600 under a fresh name and renamed over, never
// through a symlink; a directory or special file in its place is left alone.
//
// Layout: a line naming the format, a line of JSON (what the data was made from and its length), then V8's data
// twice. V8 itself checks only the source's length and its own version and flags, so the file's SHA-256 (from
// the build) is part of the key: another build of the same length never uses this data. And V8 does not check
// the data's content in release builds: one flipped byte was run as it then read, or crashed the process in
// the deserializer. So the data is used only when its two copies are byte for byte the same. A checksum would
// do as well and take half the room, but each way of computing one cost more than the cache saves: loading
// node:crypto about 10 ms, node:zlib (crc32) 4, a JavaScript loop 6 ms for 200 KB before it is optimised, a
// WebAssembly one 3 to 14 ms on fresh memory and baseline code; reading the second copy and comparing the two
// (memcmp) costs a fraction of a millisecond.

import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';

const FORMAT = 'leb start-up code cache 1\n';
/** What may follow "startup-code-" in a cache file's name (start.ts derives it from the dist file's path). */
const NAME = /^[a-z0-9-]{1,64}$/;
/** Far above what a bundle's data needs (a few hundred KB); a bigger file is not ours to read. */
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_HEADER = 1024;
/** How much of the second copy is read at a time to compare it with the first. */
const COMPARE_SLICE = 64 * 1024;

/** One script's cache file in the cache directory. */
export interface CacheLocation {
  dir: string;
  file: string;
}

interface Header {
  key: string;
  /** The length of one copy of the data. */
  bytes: number;
}

const ownedBy = (stats: Stats) => stats.uid === process.getuid?.();
const isPrivate = (stats: Stats) => (stats.mode & 0o077) === 0;

/**
 * The cache directory under `home`, or null when no cache must be used: not POSIX (no owner or mode to check),
 * LEB_HOME absent (a run never creates it for a cache), not a directory of ours, or open to others (the run
 * tightens it and says so; the next run can use the cache).
 */
export function cacheDir(home: string): string | null {
  if (process.platform === 'win32' || process.getuid === undefined) return null;
  try {
    const stats = statSync(home);
    if (!stats.isDirectory() || !ownedBy(stats) || !isPrivate(stats)) return null;
  } catch {
    return null;
  }
  return join(home, 'cache');
}

/** The cache file of the script called `name` (e.g. "main", "vendor-undici"). */
export function cacheLocation(dir: string, name: string): CacheLocation {
  if (!NAME.test(name)) throw new RangeError(`not a code cache name: ${name}`);
  return { dir, file: join(dir, `startup-code-${name}.bin`) };
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
    const { key, bytes } = value;
    if (typeof key !== 'string') return null;
    if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0) return null;
    return { key, bytes };
  } catch {
    return null;
  }
}

/** Fill `into` from `fd` at `position`; what was read (shorter at the end of the file). */
function readAt(fd: number, into: Buffer, position: number): Buffer {
  let size = 0;
  while (size < into.length) {
    const read = readSync(fd, into, size, into.length - size, position + size);
    if (read === 0) break;
    size += read;
  }
  return into.subarray(0, size);
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
    const head = readAt(fd, Buffer.allocUnsafe(Math.min(stats.size, FORMAT.length + MAX_HEADER)), 0);
    if (head.toString('utf8', 0, FORMAT.length) !== FORMAT) return null;
    const headerEnd = head.indexOf(0x0a, FORMAT.length);
    if (headerEnd < 0) return null;
    const header = parseHeader(head.toString('utf8', FORMAT.length, headerEnd));
    const start = headerEnd + 1;
    if (header === null || header.key !== key || header.bytes * 2 !== stats.size - start) return null;
    const data = readAt(fd, Buffer.allocUnsafe(header.bytes), start);
    if (data.length !== header.bytes) return null;
    // The second copy is compared a slice at a time: memory a run touches costs time (ARCHITECTURE.md, "Start-up").
    const slice = Buffer.allocUnsafe(Math.min(COMPARE_SLICE, header.bytes));
    for (let done = 0; done < header.bytes; done += slice.length) {
      const length = Math.min(slice.length, header.bytes - done);
      const copy = readAt(fd, slice.subarray(0, length), start + header.bytes + done);
      if (copy.length !== length || !copy.equals(data.subarray(done, done + length))) return null;
    }
    // Nothing may follow the second copy (a file that grew since fstat is not one we wrote whole).
    return readSync(fd, slice, 0, 1, stats.size) === 0 ? data : null;
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
  if (data.length === 0 || data.length * 2 > MAX_BYTES - MAX_HEADER || !dirReady(location.dir, true)) return false;
  try {
    const present = lstatSync(location.file);
    // A regular file is replaced (whatever its mode or content: a loose one is not used); nothing else is.
    if (!present.isFile() || !ownedBy(present)) return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
  }
  const header = Buffer.from(`${FORMAT}${JSON.stringify({ key, bytes: data.length } satisfies Header)}\n`);
  // Unique per process and attempt; 'wx' never opens something already there (a symlink included).
  const temp = join(location.dir, `.${basename(location.file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch {
    return false;
  }
  try {
    for (const part of [header, data, data]) {
      let done = 0;
      while (done < part.length) done += writeSync(fd, part, done, part.length - done);
    }
    closeSync(fd);
    fd = -1;
    // No fsync: a cache lost or cut short in a crash is refused by its length or its copies, and made again.
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
