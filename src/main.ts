// main(argv) → exit code: the only place that knows about process. What an error says and which exit code it
// gives is decided in cli/report.ts; main prints it.

import { CommanderError, type Command } from 'commander';
import type { ContextDeps } from './cli/context.js';
import { ExitCode, InterruptedError, TimedOutError, UsageError } from './errors.js';
import { buildProgram } from './cli/program.js';
import { describeError } from './cli/report.js';
import { resolveGlobals, type RawGlobals } from './cli/globals.js';
import type { Invocation } from './commands/invocation.js';
import { listenForCtrlC } from './cli/interrupt.js';
import { forSandbox, messagesFor, resolveLanguage } from './io/messages/index.js';
import { isTruthyEnv } from './domain/env-flag.js';
import { colorLevel, processIO } from './io/streams.js';
import { visible } from './domain/visible-text.js';

export type MainDeps = Partial<ContextDeps>;

/** The value of a flag as typed, for reporting errors before commander has parsed anything. */
function peekFlag(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

export async function main(argv: readonly string[], deps: MainDeps = {}): Promise<number> {
  const io = deps.io ?? processIO();
  const env = deps.env ?? process.env;
  const earlyLanguage = resolveLanguage(peekFlag(argv, '--lang'), env).language;
  const t = messagesFor(earlyLanguage);
  const debug = argv.includes('--debug') || isTruthyEnv(env.LEB_DEBUG);
  let exitCode: number = ExitCode.ok;
  let closeContext = async () => {};
  let stopRun = () => {};
  // Tests hand in their own signal; a real run listens for Ctrl-C itself.
  const interrupt = deps.signal ? { signal: deps.signal, dispose() {} } : listenForCtrlC();
  const { signal } = interrupt;

  const dispatch = async <O>(invocation: Invocation<O>, command: Command) => {
    const globals = resolveGlobals(command.optsWithGlobals<RawGlobals>(), env);
    if (globals.json && command.opts<{ csv?: boolean }>().csv === true) throw new UsageError(messagesFor(globals.language)['usage.jsonAndCsv']);
    const [{ createContext }, { startDeadline, commandDeadlineMs }] = await Promise.all([import('./cli/context.js'), import('./cli/deadline.js')]);
    // The run's signal: Ctrl-C, or --timeout running out (not for `sandbox serve`, which runs until stopped).
    const run = new AbortController();
    const forward = () => run.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    stopRun = () => signal.removeEventListener('abort', forward);
    const words = messagesFor(globals.language);
    const seconds = globals.timeoutMs / 1000;
    const deadline = invocation.endsOnCtrlC
      ? undefined
      : startDeadline(commandDeadlineMs(globals.timeoutMs), () => run.abort(new TimedOutError(words['error.commandTimedOut'](seconds), words['error.commandTimedOutHint'](Math.max(60, seconds * 4)))), deps.deadlineTimer);
    if (deadline) stopRun = ((previous) => () => (previous(), deadline.disarm()))(stopRun);
    const ctx = createContext(globals, { onInterrupt: sigintNotice(io), ...deps, io, env, signal: run.signal, ...(deadline ? { deadline } : {}) });
    closeContext = () => ctx.close();
    const work = await invocation.load();
    const result = await work(ctx, invocation.options);
    // Interrupted while finishing something that must not be cut short (a payment already sent): it is done,
    // and the run still ends as interrupted.
    if (run.signal.aborted && !invocation.endsOnCtrlC) throw run.signal.reason;
    exitCode = typeof result === 'number' ? result : ExitCode.ok;
  };

  const program = buildProgram(
    t,
    dispatch,
    {
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outColumns: io.columns,
      errColumns: io.stderrColumns,
    },
    argv,
  );

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Help and version end the parse by throwing; they are successes. (`leb` alone shows help too.)
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) {
      exitCode = ExitCode.ok;
    } else {
      exitCode = report(error, argv, { io, env, debug, t, commandPath: commandPath(program, argv) });
    }
  } finally {
    stopRun();
    await closeContext();
    interrupt.dispose();
  }
  return exitCode;
}

/** "leb account add" for argv naming that command, whatever flags and values come before or between. */
function commandPath(program: Command, argv: readonly string[]): string {
  const path = ['leb'];
  let command = program;
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) continue;
    path.push(sub.name());
    command = sub;
  }
  return path.join(' ');
}

interface ReportEnv {
  io: ReturnType<typeof processIO>;
  env: NodeJS.ProcessEnv;
  debug: boolean;
  t: ReturnType<typeof messagesFor>;
  commandPath: string;
}

function report(error: unknown, argv: readonly string[], { io, env, debug, t, commandPath }: ReportEnv): number {
  // Ctrl-C is the user's choice, not a failure: one plain line, no "error:".
  if (error instanceof InterruptedError) {
    io.stderr.write(`${error.worded ? error.message : t['interrupt.done']}\n`);
    return ExitCode.interrupted;
  }
  const reported = describeError(t, error);
  const noColor = argv.includes('--no-color');
  const red = colorLevel(io.stderrIsTTY, noColor, env) > 0 ? (s: string) => `\u001b[31m${s}\u001b[39m` : (s: string) => s;
  let hint = reported.hint;
  if (error instanceof CommanderError) {
    hint = t['error.usageHint'](commandPath);
  }
  // Messages echo values from elsewhere (typed input, provider words): no control character reaches the terminal.
  // Under --sandbox, what the message suggests must stay in the sandbox too.
  const sandboxed = argv.includes('--sandbox') ? forSandbox : (text: string) => text;
  io.stderr.write(`${red(`${t['error.prefix']}:`)} ${visible(sandboxed(reported.message))}
`);
  if (hint) io.stderr.write(`${visible(sandboxed(hint))}
`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return reported.exitCode;
}

/**
 * Ctrl-C while a payment is under way: say what is known (in the user's language) instead of dying silently,
 * then exit 130 at once. Outside those moments cli/interrupt.ts's listener aborts the run's signal instead.
 */
function sigintNotice(io: ReturnType<typeof processIO>) {
  return (say: () => string) => {
    const handler = () => {
      io.stderr.write(`\n${say()}\n`);
      process.exit(ExitCode.interrupted);
    };
    process.once('SIGINT', handler);
    return () => void process.off('SIGINT', handler);
  };
}
