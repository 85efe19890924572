// stdout and stderr without Node's stream objects, where they are not needed. Touching process.stdout builds a
// stream for it, and for a pipe that stream is a net.Socket: loading net and the stream machinery was about a
// tenth of a run's start (ARCHITECTURE.md, "Start-up"). A pipe, a file or a socket takes the text with write(2)
// instead, as Node's own stream does synchronously for pipes and files on Linux. A terminal keeps Node's stream
// (it knows the terminal's modes and width), as does a descriptor that cannot be examined.

import { fstatSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where leb writes text: stdout or stderr, or a test's buffer. */
export interface Writer {
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean;
}

/** A pipe, file or socket: written directly. A terminal, /dev/null and anything else keep Node's stream. */
export function writesDirectly(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isFile() || stats.isSocket();
  } catch {
    return false;
  }
}

/**
 * `fd` as a Writer. Each write is finished before it returns (so a run's last words are out when it ends).
 * A descriptor left non-blocking by another program answers EAGAIN when full: from then on the text goes
 * through `stream()`, which waits for room, after what was already written. When the reader has gone (EPIPE)
 * `onBrokenPipe` decides; any other failure (a full disk behind `> file`) goes to `done`, as a stream's would.
 */
export function fdOutput(fd: number, stream: () => Writable, onBrokenPipe: () => void): Writer {
  let fallback: Writable | null = null;
  return {
    write(chunk, done) {
      if (fallback) return fallback.write(chunk, done);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          fallback = stream();
          return fallback.write(bytes.subarray(written), done);
        }
        if (code === 'EPIPE') onBrokenPipe();
        if (done) process.nextTick(done, error as Error);
        return false;
      }
      if (done) process.nextTick(done, null);
      return true;
    },
  };
}
