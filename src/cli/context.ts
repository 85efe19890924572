// The real wiring of a run's Context (its shape is src/app/context.ts): streams, prompter, clock, time zone,
// messages, state paths, providers, and cli/report.ts for wording errors. Everything a command may touch is
// handed in rather than reached for.

import { Chalk } from 'chalk';
import { delayedSpinner } from '../io/spinner.js';
import type { Context, GlobalOptions, Spinner } from '../app/context.js';
import { forSandbox, intlLocale, messagesFor, promptWords } from '../io/messages/index.js';
import { inquirerPrompter, type Prompter } from '../io/prompter.js';
import { isTruthyEnv } from '../domain/env-flag.js';
import { colorLevel, noPromptReason, type IO } from '../io/streams.js';
import { systemOpenUrl, type OpenUrl } from '../io/browser.js';
import { SYSTEM_TIME_ZONE } from '../domain/dates.js';
import type { AiraloClocks } from '../providers/airalo/open-airalo.js';
import { openProvider } from '../providers/open.js';
import type { HttpShared } from '../providers/http/shared.js';
import { interruptible, raceAbort } from '../providers/interruptible.js';
import type { Provider } from '../providers/port.js';
import { ConfigStore } from '../store/config.js';
import { resolveHome, statePaths, tightenHomeIfPresent } from '../store/paths.js';
import { tightened } from '../store/regular-file.js';
import { visible } from '../domain/visible-text.js';
import { STALE_AFTER_MS } from '../store/lock-timing.js';
import { readClockOffset, sandboxClockFile } from '../store/sandbox-clock.js';
import { shiftedClock } from '../domain/sandbox-clock.js';
import { describeError } from './report.js';
import type { ArmTimer, Deadline } from './deadline.js';

/**
 * How long a second payment on the same line (or `leb reconcile`) waits for the first before giving up with
 * exit 8: a little past the lock's staleness, so a rerun right after a crash waits for the dead process's lock.
 */
const LINE_LOCK_WAIT_MS = STALE_AFTER_MS + 1_500;

export interface ContextDeps {
  io: IO;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  prompter?: Prompter;
  /** The user's IANA zone; defaults to the system's (TZ honoured) as SYSTEM_TIME_ZONE, which needs no Intl. */
  timeZone?: string;
  /**
   * Arrange for `say()` to be printed if the user interrupts (Ctrl-C) before the returned function is called;
   * the process then ends with 130. main wires it to SIGINT; tests call the handler themselves.
   */
  onInterrupt?: (say: () => string) => () => void;
  /** How long a payment or `leb reconcile` waits for a line's lock held by another process (tests: 0). */
  lineLockWaitMs?: number;
  /** Aborted by Ctrl-C (main listens for it); its reason is the InterruptedError to end the run with. */
  signal?: AbortSignal;
  /** How leb waits between attempts (back-off, Retry-After, a 429 pause); tests make it instant. */
  sleep?: (ms: number) => Promise<void>;
  /** Opens a web page in the browser (`--web`); tests hand in a recorder. */
  openUrl?: OpenUrl;
  /** Tests only: simulated time for the Airalo rate-limit scheduler, so rate-limited runs never sleep for real. */
  airaloClocks?: AiraloClocks;
  /** The run's --timeout (main starts it): paused while a prompt shows, disarmed once a payment is on its way. */
  deadline?: Pick<Deadline, 'pause' | 'resume' | 'disarm'>;
  /** Tests only: how the --timeout deadline arms its timer (main reads it), so a test decides when it runs out. */
  deadlineTimer?: ArmTimer;
}

/** `work` with the --timeout clock stopped. */
function pausedDeadline(deadline: ContextDeps['deadline']): <T>(work: () => Promise<T>) => Promise<T> {
  return async (work) => {
    deadline?.pause();
    try {
      return await work();
    } finally {
      deadline?.resume();
    }
  };
}

/** Prompts with the --timeout clock stopped: waiting for a person is not the command's work. */
function pausingDeadline(prompter: Prompter, deadline: ContextDeps['deadline']): Prompter {
  if (!deadline) return prompter;
  const paused = pausedDeadline(deadline);
  return {
    select: (message, choices, defaultValue) => paused(() => prompter.select(message, choices, defaultValue)),
    search: (message, options) => paused(() => prompter.search(message, options)),
    input: (message, options) => paused(() => prompter.input(message, options)),
    confirm: (message, defaultValue) => paused(() => prompter.confirm(message, defaultValue)),
    password: (message) => paused(() => prompter.password(message)),
  };
}

const noSpinner: Spinner = { update() {}, stop() {} };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const noWait = () => Promise.resolve();

/**
 * How a run waits. LEB_TEST_INSTANT_WAITS=1 is a test seam, not a user setting: tests of the built binary
 * (where nothing can be handed in) use it so that retries follow at once instead of after real back-off.
 * In-process tests pass ContextDeps.sleep instead.
 */
function sleepFor(deps: ContextDeps): (ms: number) => Promise<void> {
  return deps.sleep ?? (isTruthyEnv(deps.env.LEB_TEST_INSTANT_WAITS) ? noWait : realSleep);
}

export function createContext(globals: GlobalOptions, deps: ContextDeps): Context {
  const { io, env } = deps;
  const t = messagesFor(globals.language);
  const paths = statePaths(resolveHome(env));
  tightenHomeIfPresent(paths.home);
  const realNow = deps.now ?? (() => new Date());
  // Under --sandbox, "today" is the sandbox's (`leb sandbox clock`): one tiny file read, and only then. Real
  // accounts, sandbox accounts included, always run on the real clock.
  const now = globals.sandbox ? shiftedClock(realNow, readClockOffset(sandboxClockFile(paths.sandbox))) : realNow;
  const sleep = sleepFor(deps);
  // Made on first use: a run whose output is data alone colours nothing, and loading chalk (its own file in
  // the build) builds its style tables.
  let colors: Context['color'] | undefined;
  const color = (): Context['color'] =>
    (colors ??= {
      out: new Chalk({ level: colorLevel(io.stdoutIsTTY, globals.noColor, env) }),
      err: new Chalk({ level: colorLevel(io.stderrIsTTY, globals.noColor, env) }),
    });
  const signal = deps.signal ?? new AbortController().signal;
  const opened = new Map<string, Promise<Provider>>();
  // One agent and one --timeout budget for every http account of this run, built when the first one opens.
  let http: Promise<HttpShared> | null = null;
  const httpOnce = () => (http ??= import('../providers/http/shared.js').then((m) => m.httpShared(paths, env, globals.timeoutMs)));
  const debug = (message: string) => {
    if (globals.debug) io.stderr.write(color().err.dim(`debug: ${message}\n`));
  };
  // Under --sandbox, every command a message suggests carries --sandbox too.
  const said = (text: string) => (globals.sandbox ? forSandbox(text) : text);
  return {
    io,
    env,
    globals,
    t,
    locale: intlLocale(globals.language),
    now,
    realNow,
    timeZone: deps.timeZone ?? SYSTEM_TIME_ZONE,
    sleep,
    canPrompt: noPromptReason(io, globals.noInput, env) === null,
    noPromptReason: noPromptReason(io, globals.noInput, env),
    prompter: pausingDeadline(deps.prompter ?? inquirerPrompter(io, () => promptWords(t)), deps.deadline),
    openUrl: deps.openUrl ?? systemOpenUrl(),
    signal,
    paths,
    config: new ConfigStore(paths.config),
    get color() {
      return color();
    },
    warn(message) {
      io.stderr.write(`${color().err.yellow(`${t['warning.prefix']}:`)} ${visible(said(message))}\n`);
    },
    note(message) {
      io.stderr.write(`${visible(said(message))}\n`);
    },
    error(message, hint = null) {
      io.stderr.write(`${color().err.red(`${t['error.prefix']}:`)} ${said(message)}\n${hint ? `${said(hint)}\n` : ''}`);
    },
    debug,
    describe: (error) => describeError(t, error),
    async spinner(text) {
      // Only where a person watches: on a terminal, not under CI. ora writes to stderr.
      // On a stream that is not a real terminal (a test's buffer) ora would print the text as a plain line. A
      // terminal that reports no width (0 columns: some container and serial ttys) made ora's clearing loop
      // for ever once a spinner was drawn.
      const watched = io.stderrIsTTY && !isTruthyEnv(env.CI) && (io.stderrStream as { isTTY?: boolean }).isTTY === true && (io.stderrColumns ?? 0) > 0;
      if (!watched || signal.aborted) return noSpinner;
      return delayedSpinner(text, io.stderrStream, signal);
    },
    outsideTimeout: pausedDeadline(deps.deadline),
    onInterrupt(say) {
      // Only a payment asks for this, just before it is journaled and sent: from here --timeout no longer applies.
      deps.deadline?.disarm();
      return deps.onInterrupt ? deps.onInterrupt(say) : () => {};
    },
    lineLockWaitMs: deps.lineLockWaitMs ?? LINE_LOCK_WAIT_MS,
    provider(target) {
      let provider = opened.get(target.name);
      if (!provider) {
        const opening = openProvider(target, {
          sandboxDir: paths.sandbox,
          home: paths.home,
          trackedFile: paths.tracked,
          carriersFile: paths.carriers,
          now,
          sleep,
          timeoutMs: globals.timeoutMs,
          debug,
          http: httpOnce,
          ...(deps.airaloClocks ? { airaloClocks: deps.airaloClocks } : {}),
        });
        provider = raceAbort(opening, signal).then((open) => interruptible(open, signal));
        opened.set(target.name, provider);
      }
      return provider;
    },
    async close() {
      const all = await Promise.allSettled(opened.values());
      await Promise.allSettled(all.map((p) => (p.status === 'fulfilled' ? p.value.close() : undefined)));
      // Files and directories this run found readable by others and made private: said once, at the end.
      for (const [path, mode] of tightened) {
        io.stderr.write(`${color().err.yellow(`${t['warning.prefix']}:`)} ${t['state.tightened'](path, mode.toString(8).padStart(4, '0'))}\n`);
      }
      tightened.clear();
      if (http === null) return;
      const { agent } = await http;
      // After Ctrl-C nothing waits for answers that would be thrown away: cut the sockets instead.
      await (signal.aborted ? agent.destroy() : agent.close()).catch(() => undefined);
    },
  };
}
