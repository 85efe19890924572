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

/** The files leb keeps for itself, by what a message calls them. */
export type OwnFile = 'sandbox-state' | 'sandbox-clock' | 'reloadly-token' | 'airalo-token' | 'airalo-orders' | 'status-cache' | 'credentials';

/**
 * What is wrong with a file under LEB_HOME, with the values a message needs. Raised where the file is read
 * (store/, providers/, app/); src/cli/report.ts words it in the user's language with what to do about it.
 */
export type StateProblem =
  /** A value that does not fit the file's shape (a hand edit, another program). */
  | { kind: 'invalid-value'; path: string; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'newer-version'; stated: number; current: number }
  /** One line of the order journal, counted from 1. */
  | { kind: 'journal-line'; line: number; notJson: boolean }
  /** A file of leb's own that is not what leb writes there. */
  | { kind: 'not-ours'; what: OwnFile; detail: string | null }
  /** Not a regular file of the user's (UnsafeFileError). */
  | { kind: 'unsafe'; what: UnsafeFileProblem };

export class StateError extends LebError {
  override readonly name: string = 'StateError';
  constructor(
    readonly file: string,
    readonly problem: StateProblem,
    options?: { cause?: unknown },
  ) {
    // The words are report.ts's; the message only names the file and the kind, for --debug and logs.
    super(ExitCode.corruptState, `${file}: ${problem.kind}${'detail' in problem && problem.detail ? ` (${problem.detail})` : ''}`, null, options);
  }
}

export type UnsafeFileProblem = 'symlink' | 'fifo' | 'device' | 'directory' | 'socket' | 'not-owner' | 'other';

/** Something other than a regular file of ours where leb keeps a file: never read, appended to or replaced. */
export class UnsafeFileError extends StateError {
  override readonly name = 'UnsafeFileError';
  constructor(
    file: string,
    readonly unsafe: UnsafeFileProblem,
  ) {
    super(file, { kind: 'unsafe', what: unsafe });
  }
}

/**
 * Another leb process holds a lock this one waited for in vain (exit 8). `holder` says what it is doing when
 * known; src/cli/report.ts words it. Callers with words of their own (a payment's line) pass a LebError instead.
 */
export class LockBusyError extends LebError {
  override readonly name = 'LockBusyError';
  constructor(
    readonly file: string,
    readonly holder: 'state' | 'airalo-token' = 'state',
  ) {
    super(ExitCode.busy, `${file}: locked by another leb process`);
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

/** The command ran past --timeout (cli/deadline.ts): exit 5, as a provider that takes too long is. */
export class TimedOutError extends LebError {
  override readonly name = 'TimedOutError';
  constructor(message: string, hint: string) {
    super(ExitCode.unreachable, message, hint);
  }
}
