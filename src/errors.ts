// Every way a command can end other than success, with the exit code scripts rely on (README.md, exit codes).
// Commands throw these; src/cli/report.ts is the one place any error becomes a message and an exit code.

export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  cancelled: 3,
  notConfigured: 4,
  unreachable: 5,
  refused: 6,
  unknownOutcome: 7,
  busy: 8,
  corruptState: 9,
  checkWarning: 10,
  checkCritical: 11,
  /** A bulk payment or autopilot run ended with some lines not done. */
  notAllDone: 12,
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class LebError extends Error {
  override readonly name: string = 'LebError';
  constructor(
    readonly exitCode: ExitCodeValue,
    message: string,
    /** A second line telling the user what to do next. */
    readonly hint: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Bad flags or values: nothing was sent, nothing changed. */
export class UsageError extends LebError {
  override readonly name = 'UsageError';
  constructor(message: string, hint: string | null = null) {
    super(ExitCode.usage, message, hint);
  }
}

/** A file under LEB_HOME cannot be read or parsed. It is never overwritten. */
export class StateError extends LebError {
  override readonly name: string = 'StateError';
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(ExitCode.corruptState, message, null, options);
  }
}

export type UnsafeFileProblem = 'symlink' | 'fifo' | 'device' | 'directory' | 'socket' | 'not-owner' | 'other';

/** Something other than a regular file of ours where leb keeps a file: never read, appended to or replaced. */
export class UnsafeFileError extends StateError {
  override readonly name = 'UnsafeFileError';
  constructor(
    file: string,
    readonly problem: UnsafeFileProblem,
  ) {
    super(file, `${file} is not a regular file of yours (${problem}); leb will not use it: move it away`);
  }
}

/** Ctrl+C at a prompt or during a wait. Without a message of its own, main says "Interrupted." in the user's language. */
export class InterruptedError extends LebError {
  override readonly name = 'InterruptedError';
  readonly worded: boolean;
  constructor(message: string | null = null) {
    super(ExitCode.interrupted, message ?? 'interrupted');
    this.worded = message !== null;
  }
}
