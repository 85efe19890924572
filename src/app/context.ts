// What a run hands to the app and the commands: streams, prompter, clock, time zone, messages, state paths,
// providers, and how to word an error. Only the shape lives here; src/cli/context.ts builds the real one, and
// tests build one with buffers, a fake prompter and a fixed clock. A function takes the members it uses,
// `Pick<Context, 'now' | 't' | ...>`, so its signature says what it can touch (a payment summary: no provider, no
// prompt) and the compiler keeps the list true; only runs that use nearly all of it (topup, renew, bulk,
// `autopilot run`) take the whole Context.

import type { ChalkInstance } from 'chalk';
import type { ExitCodeValue } from '../errors.js';
import type { Language, Messages } from '../io/messages/index.js';
import type { Prompter } from '../io/prompter.js';
import type { Spinner, SpinnerText } from '../io/spinner.js';
import type { IO, NoPromptReason } from '../io/streams.js';
import type { AccountTarget } from '../providers/open.js';
import type { Provider } from '../providers/port.js';
import type { ConfigStore } from '../store/config.js';
import type { StatePaths } from '../store/paths.js';

/** The options every command takes, resolved once by src/cli/globals.ts. */
export interface GlobalOptions {
  json: boolean;
  /** --account, else LEB_ACCOUNT; null means "the default account, else every account". */
  account: string | null;
  sandbox: boolean;
  noInput: boolean;
  yes: boolean;
  noColor: boolean;
  language: Language;
  /** Total time to wait on the provider for one command. */
  timeoutMs: number;
  debug: boolean;
}

/** An error as the user reads it: one line, an optional hint, and the exit code it ends the command with. */
export interface Reported {
  exitCode: ExitCodeValue;
  message: string;
  hint: string | null;
}

export type { Spinner };

export interface Context {
  io: IO;
  env: NodeJS.ProcessEnv;
  globals: GlobalOptions;
  t: Messages;
  /** Intl locale for numbers and money shown to people. */
  locale: string;
  /** Today and now as this run sees them: under --sandbox the sandbox's clock (`leb sandbox clock`), else realNow. */
  now: () => Date;
  /** The machine's clock, never moved by the sandbox's: only `leb sandbox clock` needs it. */
  realNow: () => Date;
  /** An IANA zone name, or SYSTEM_TIME_ZONE (domain/dates.ts) for this machine's own. */
  timeZone: string;
  /** The one way to wait between attempts (see ContextDeps.sleep). */
  sleep: (ms: number) => Promise<void>;
  canPrompt: boolean;
  /** Why canPrompt is false (for messages that say what to do), null when it is true. */
  noPromptReason: NoPromptReason | null;
  prompter: Prompter;
  /** Aborted on Ctrl-C: every wait on a provider ends at once (a payment under way answers through onInterrupt). */
  signal: AbortSignal;
  paths: StatePaths;
  config: ConfigStore;
  /** Colour for what goes to stdout and to stderr, each decided for its own stream. */
  color: { out: ChalkInstance; err: ChalkInstance };
  warn(message: string): void;
  /** A plain line for the person on stderr ("nothing to do"), with --sandbox added to commands it suggests. */
  note(message: string): void;
  /** A failure the run goes on past (one account of several): said as an error, with what to do next. */
  error(message: string, hint?: string | null): void;
  debug(message: string): void;
  spinner(text: SpinnerText): Promise<Spinner>;
  provider(target: AccountTarget): Promise<Provider>;
  /** Opens a web page in the user's browser (platform opener, never a shell). */
  openUrl(url: string): Promise<void>;
  /**
   * Work that is not leb's own and has its own limit (the user's `check --exec` hook): --timeout's clock stops
   * while it runs, as it does at a prompt.
   */
  outsideTimeout<T>(work: () => Promise<T>): Promise<T>;
  /** While a payment is under way: what to tell the user if they press Ctrl-C. Returns the undo. */
  onInterrupt(say: () => string): () => void;
  /** How long to wait for a line's lock: past its staleness, so a dead holder's lock is taken over. */
  lineLockWaitMs: number;
  /** What an error says and its exit code, in the user's language (src/cli/report.ts). */
  describe(error: unknown): Reported;
  /** Close every provider opened (keep-alive sockets and the like). */
  close(): Promise<void>;
}
