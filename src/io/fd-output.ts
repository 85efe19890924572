// stdout and stderr without Node's stream objects, where they are not needed. Touching process.stdout builds a
// stream for it, and for a pipe that stream is a net.Socket: loading net and the stream machinery was about a
// tenth of a run's start (ARCHITECTURE.md, "Start-up"). A pipe, a file or a socket takes the text with write(2)
// instead, as Node's own stream does synchronously for pipes and files on Linux; so does /dev/null (`leb check
// >/dev/null` in cron), where Node's stream is a file stream that loads the same machinery. A terminal keeps
// Node's stream (it knows the terminal's modes and width), as does a descriptor that cannot be examined.

import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where leb writes text: stdout or stderr, or a test's buffer. */
export interface Writer {
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean;
}

/** A pipe, file, socket or /dev/null: written directly. A terminal and anything else keep Node's stream. */
export function writesDirectly(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isFile() || stats.isSocket() || isDevNull(stats);
  } catch {
    return false;
  }
}

/**
 * /dev/null, told apart from a terminal (a character device too) by its device number: asking whether a
 * descriptor is a terminal would load node:tty, and with it the stream machinery this module avoids.
 */
function isDevNull(stats: Stats): boolean {
  if (!stats.isCharacterDevice()) return false;
  const devNull = statSync('/dev/null', { throwIfNoEntry: false });
  return devNull !== undefined && devNull.isCharacterDevice() && devNull.rdev === stats.rdev;
}

const isBrokenPipe = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/** Call `done` as a stream would: later, never during the write. */
const later = (done: ((error?: Error | null) => void) | undefined, error: Error | null) => {
  if (done) process.nextTick(done, error);
};

/** Where writes go once the reader has gone: nowhere, successfully. */
const dropped: Writer = {
  write(_chunk, done) {
    later(done, null);
    return true;
  },
};

/**
 * `leb status | head -1`: once the reader has gone (EPIPE), what is still to be said has nowhere to go, and
 * that is not a failure of the run. Later writes are dropped and succeed, so the run finishes its work (a
 * payment's journal included) and ends with its own exit code, which `set -o pipefail` scripts rely on.
 */
export function streamWriter(stream: Writable): Writer {
  let gone = false;
  return {
    write(chunk, done) {
      if (gone) return dropped.write(chunk, done);
      return stream.write(chunk, (error) => {
        if (isBrokenPipe(error)) gone = true;
        // After a broken pipe the stream is destroyed: writes still queued fail with that, not with EPIPE.
        done?.(error && !gone ? error : null);
      });
    },
  };
}

/**
 * `fd` as a Writer. Each write is finished before it returns (so a run's last words are out when it ends).
 * A descriptor left non-blocking by another program answers EAGAIN when full: from then on the text goes
 * through `stream()` (as streamWriter), which waits for room, after what was already written. A reader that has
 * gone is streamWriter's case too; any other failure (a full disk behind `> file`) goes to `done`, as a
 * stream's would.
 */
export function fdOutput(fd: number, stream: () => Writable): Writer {
  /** Where writes go instead once the descriptor cannot take them: the stream, or nowhere. */
  let instead: Writer | null = null;
  return {
    write(chunk, done) {
      if (instead) return instead.write(chunk, done);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          instead = streamWriter(stream());
          return instead.write(bytes.subarray(written), done);
        }
        if (isBrokenPipe(error)) {
          instead = dropped;
          return instead.write(chunk, done);
        }
        later(done, error as Error);
        return false;
      }
      later(done, null);
      return true;
    },
  };
}
