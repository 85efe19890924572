// All terminal access goes through IO: commands never touch process.stdout or process.stdin directly, so tests
// hand in buffers and decide what is a terminal.

import type { Readable, Writable } from 'node:stream';
import { isTruthyEnv } from '../domain/env-flag.js';
import { fdOutput, streamWriter, writesDirectly, type Writer } from './fd-output.js';

export type { Writer };

export interface IO {
  stdin: Readable;
  stdout: Writer;
  stderr: Writer;
  /** The stream behind stderr, for what draws on a terminal (a spinner, a prompt); built on first use. */
  readonly stderrStream: Writable;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Columns of the terminal stdout is on, when it is one. */
  columns: number | null;
  /** Columns of the terminal stderr is on, when it is one (help after a usage error goes there). */
  stderrColumns: number | null;
}

const watched = new WeakSet<Writable>();

/**
 * process.stdout or process.stderr, built now if it was not. Its failures reach the callbacks of the writes
 * they concern (fd-output.ts says what a broken pipe means); the listener keeps them from also ending the
 * process as an unhandled 'error' with a stack trace. Any failure other than a broken pipe (a full disk behind
 * `> file`) rejects the write inside main, which says so and exits 9.
 */
function processStream(name: 'stdout' | 'stderr'): Writable {
  const stream = process[name];
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on('error', () => {});
  }
  return stream;
}

/** stdout or stderr: written directly when it is a pipe or a file (fd-output.ts), else through Node's stream. */
function processOutput(name: 'stdout' | 'stderr', fd: 1 | 2): { output: Writer; isTTY: boolean; columns: number | null } {
  if (writesDirectly(fd)) return { output: fdOutput(fd, () => processStream(name)), isTTY: false, columns: null };
  const stream = processStream(name) as NodeJS.WriteStream;
  return { output: streamWriter(stream), isTTY: Boolean(stream.isTTY), columns: stream.isTTY ? stream.columns : null };
}

export function processIO(): IO {
  const stdout = processOutput('stdout', 1);
  const stderr = processOutput('stderr', 2);
  return {
    // process.stdin builds its stream (and loads tty or net) on first touch, which most runs never need: touch
    // it only then. canPrompt asks about stdout first for the same reason.
    get stdin() {
      return process.stdin;
    },
    stdout: stdout.output,
    stderr: stderr.output,
    get stderrStream() {
      return processStream('stderr');
    },
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stdoutIsTTY: stdout.isTTY,
    stderrIsTTY: stderr.isTTY,
    columns: stdout.columns,
    stderrColumns: stderr.columns,
  };
}

/** Why leb will not prompt in this run, or null when it may. */
export type NoPromptReason = 'no-input' | 'ci' | 'not-a-terminal';

/**
 * Prompting is allowed only when a person is clearly there: stdin, stdout and stderr are terminals (prompts are
 * drawn on stderr: `leb topup 2>log.txt` must not draw one into the file), --no-input is off and we are not
 * under CI. Inquirer answers "yes" to a piped "y" and hangs on an open empty pipe, so this decision is ours,
 * made before any prompt is drawn.
 */
export function noPromptReason(io: IO, noInput: boolean, env: NodeJS.ProcessEnv): NoPromptReason | null {
  if (noInput) return 'no-input';
  if (isTruthyEnv(env.CI)) return 'ci';
  // stdin last: asking builds its stream (tty or net loaded), which a run with stdout in a pipe never needs.
  if (!io.stdoutIsTTY || !io.stderrIsTTY || !io.stdinIsTTY) return 'not-a-terminal';
  return null;
}

export function canPrompt(io: IO, noInput: boolean, env: NodeJS.ProcessEnv): boolean {
  return noPromptReason(io, noInput, env) === null;
}

/**
 * Colour level for one stream. FORCE_COLOR wins, then NO_COLOR, --no-color and TERM=dumb turn colour off;
 * otherwise colour only on a terminal. Chalk 5 ignores NO_COLOR, hence this.
 */
export function colorLevel(isTTY: boolean, noColorFlag: boolean, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') return 0;
  if (!isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/** Write and wait until the data is handed to the OS, so a large --json is never cut short at exit. */
export function writeAll(stream: Writer, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
