// stdout and stderr written straight to their descriptor (src/io/fd-output.ts): what reaches a file or a pipe,
// and what happens when the pipe is full, the reader has gone or the disk refuses.

import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fdOutput, streamWriter, writesDirectly } from '../../src/io/fd-output.js';
import { Collect } from '../helpers/io.js';

const never = (): never => {
  throw new Error('not expected here');
};

/** Wait for a write's callback; resolves with its error, or null. */
const written = (write: (done: (error?: Error | null) => void) => void) =>
  new Promise<Error | null>((resolve) => write((error) => resolve(error ?? null)));

/** Everything that can be read from a non-blocking descriptor now. */
function drain(fd: number): Buffer {
  const parts: Buffer[] = [];
  const buffer = Buffer.alloc(65536);
  for (;;) {
    try {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      parts.push(Buffer.from(buffer.subarray(0, n)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
  }
  return Buffer.concat(parts);
}

describe('fdOutput', () => {
  let dir: string;
  const fds: number[] = [];
  const open = (path: string, flags: number | string) => {
    const fd = openSync(path, flags);
    fds.push(fd);
    return fd;
  };
  const fifo = () => {
    const path = join(dir, `fifo-${fds.length}`);
    execFileSync('mkfifo', [path]);
    return path;
  };
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'leb-fd-'))));
  afterEach(() => {
    for (const fd of fds.splice(0)) {
      try {
        closeSync(fd);
      } catch {
        // Closed by the test.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes text and bytes to a file, whole and in order, and calls back after', async () => {
    const path = join(dir, 'out.txt');
    const fd = open(path, 'w');
    const out = fdOutput(fd, never);
    expect(out.write('状态 status\n')).toBe(true);
    expect(await written((done) => out.write(Buffer.from('second\n'), done))).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe('状态 status\nsecond\n');
  });

  it('a full non-blocking pipe: what did not fit goes through the stream, after what was written', async () => {
    const path = fifo();
    const reader = open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = open(path, constants.O_WRONLY | constants.O_NONBLOCK);
    const stream = new Collect();
    let streams = 0;
    const out = fdOutput(writer, () => (streams++, stream));
    const text = 'x'.repeat(300_000) + 'end\n';
    expect(await written((done) => out.write(text, done))).toBeNull();
    out.write('later\n');
    const direct = drain(reader);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBeLessThan(text.length);
    expect(direct.toString('utf8') + stream.text).toBe(`${text}later\n`);
    expect(streams).toBe(1);
  });

  it('a pipe whose reader has gone: the write and every later one succeed, and nothing more is sent', async () => {
    const path = fifo();
    const reader = open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = open(path, constants.O_WRONLY | constants.O_NONBLOCK);
    closeSync(reader);
    const out = fdOutput(writer, never);
    expect(await written((done) => out.write('lost\n', done))).toBeNull();
    expect(out.write('more\n')).toBe(true);
    expect(await written((done) => out.write('and more\n', done))).toBeNull();
  });

  it('a device that refuses (a full disk): the error reaches the callback, nothing else happens', async () => {
    const out = fdOutput(open('/dev/full', 'w'), never);
    const error = await written((done) => out.write('data\n', done));
    expect((error as NodeJS.ErrnoException | null)?.code).toBe('ENOSPC');
    expect(out.write('more\n')).toBe(false);
  });
});

describe('streamWriter', () => {
  /** A stream that fails every write with `code`, counting what it is asked to write. */
  const failing = (code: string) => {
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        stream.attempts++;
        done(Object.assign(new Error(code), { code }));
      },
    }) as Writable & { attempts: number };
    stream.attempts = 0;
    stream.on('error', () => {});
    return stream;
  };

  it('a reader that has gone (EPIPE): that write and every later one succeed, and later ones are not sent', async () => {
    const stream = failing('EPIPE');
    const out = streamWriter(stream);
    expect(await written((done) => out.write('lost\n', done))).toBeNull();
    expect(await written((done) => out.write('more\n', done))).toBeNull();
    expect(stream.attempts).toBe(1);
  });

  it('any other failure (a full disk) reaches the callback', async () => {
    const out = streamWriter(failing('ENOSPC'));
    expect((await written((done) => out.write('data\n', done)) as NodeJS.ErrnoException | null)?.code).toBe('ENOSPC');
  });
});

describe('writesDirectly', () => {
  it('a file, a pipe and /dev/null are written directly; a closed descriptor is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leb-fd-'));
    try {
      const file = openSync(join(dir, 'f'), 'w');
      const path = join(dir, 'p');
      execFileSync('mkfifo', [path]);
      const pipe = openSync(path, constants.O_RDWR | constants.O_NONBLOCK);
      const devNull = openSync('/dev/null', 'w');
      expect([writesDirectly(file), writesDirectly(pipe), writesDirectly(devNull)]).toEqual([true, true, true]);
      for (const fd of [file, pipe, devNull]) closeSync(fd);
      expect(writesDirectly(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync('/dev/ptmx'))('a terminal, a character device as /dev/null is, keeps Node\'s stream', () => {
    const terminal = openSync('/dev/ptmx', constants.O_RDWR | constants.O_NOCTTY);
    try {
      expect(writesDirectly(terminal)).toBe(false);
    } finally {
      closeSync(terminal);
    }
  });
});
