// Start the reference server, tell people how to use it (stderr) and scripts where it is (one JSON line on
// stdout with --json), then serve until SIGINT or SIGTERM and close cleanly.

import type { Context } from '../../app/context.js';
import { UsageError } from '../../errors.js';
import { writeAll } from '../../io/streams.js';
import { isLoopbackHost } from '../../providers/http/loopback.js';
import { startSandboxServer, type SandboxServer } from '../../providers/sandbox/server/server.js';
import type { SandboxServeOptions } from './serve.command.js';
import { fileClock } from '../../providers/sandbox/server/clock.js';
import { readClockOffset, sandboxClockFile } from '../../store/sandbox-clock.js';

/** Resolves on the first SIGINT or SIGTERM; while waiting, those signals no longer kill the process. */
export function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export async function runSandboxServe(
  ctx: Pick<Context, 'debug' | 'globals' | 'io' | 'paths' | 't' | 'warn'>,
  options: SandboxServeOptions,
  stop: () => Promise<void> = untilSignalled,
): Promise<number> {
  const { t } = ctx;
  // The carrier follows LEB_HOME's sandbox clock (`leb sandbox clock`), read on every request; a file that does
  // not parse is said now (exit 9), before anything listens.
  const clockFile = sandboxClockFile(ctx.paths.sandbox);
  readClockOffset(clockFile);
  // Listen for the signals before the server starts, so a Ctrl+C at any point is a clean stop.
  const stopped = stop();
  let server: SandboxServer;
  try {
    server = await startSandboxServer({
      host: options.host,
      port: options.port,
      latencyMs: options.latencyMs,
      faults: options.faults,
      log: (line) => ctx.debug(`serve: ${line}`),
      clock: fileClock(clockFile),
      ...(options.lines === null ? {} : { lines: options.lines }),
      ...(options.seed === null ? {} : { seed: options.seed }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    // A host that does not resolve, or is not an address of this machine, is the --host's fault, not the port's.
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EADDRNOTAVAIL') throw new UsageError(t['serve.badHost'](options.host, code));
    throw new UsageError(t['serve.cannotListen'](`${options.host}:${options.port}`, code));
  }

  if (!isLoopbackHost(options.host)) ctx.warn(t['serve.exposed'](options.host));
  const banner = [
    t['serve.listening'](server.url, server.state.lines.length),
    t['serve.login'](server.login, server.password),
    t['serve.addAccount'],
    `  printf %s ${quote(server.password)} | leb account add local --provider http --endpoint ${server.url} --login ${server.login} --password-stdin`,
    ...(options.faultSpec === null ? [] : [t['serve.faults'](options.faultSpec, server.seed)]),
    t['serve.stopHint'],
  ];
  ctx.io.stderr.write(`${banner.join('\n')}\n`);
  if (ctx.globals.json) {
    await writeAll(ctx.io.stdout, `${JSON.stringify({ url: server.url, login: server.login, password: server.password, seed: server.seed })}\n`);
  }

  await stopped;
  await server.close();
  ctx.io.stderr.write(`${t['serve.stopped']}\n`);
  return 0;
}
