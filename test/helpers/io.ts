// Buffer streams standing in for a terminal or a pipe.

import { PassThrough, Writable } from 'node:stream';
import type { IO } from '../../src/io/streams.js';

export interface BufferIO extends IO {
  out(): string;
  err(): string;
}

/** A stream that keeps what is written to it, as text. */
export class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

export function bufferIO(options: { tty?: boolean; stdin?: string; columns?: number } = {}): BufferIO {
  const stdout = new Collect();
  const stderr = new Collect();
  const stdin = new PassThrough();
  if (options.stdin !== undefined) stdin.end(options.stdin);
  const tty = options.tty ?? false;
  return {
    stdin,
    stdout,
    stderr,
    stderrStream: stderr,
    stdinIsTTY: tty,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    columns: tty ? (options.columns ?? 120) : null,
    stderrColumns: tty ? (options.columns ?? 120) : null,
    out: () => stdout.text,
    err: () => stderr.text,
  };
}
