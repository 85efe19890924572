// Run leb in-process (main with buffers, a fake prompter, a fixed clock) or as the built binary.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/main.js';
import type { Prompter } from '../../src/io/prompter.js';
import type { ArmTimer } from '../../src/cli/deadline.js';
import { bufferIO } from './io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempHome(): { home: string; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'leb-test-'));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

/** A clean environment: no colour, no locale surprises, state in `home`. */
export function testEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { LEB_HOME: home, NO_COLOR: '1', LANG: 'C', PATH: process.env.PATH, TZ: process.env.TZ, ...extra };
}

export interface RunOptions {
  home: string;
  env?: NodeJS.ProcessEnv;
  tty?: boolean;
  stdin?: string;
  /** The terminal's width when `tty` (default 120). */
  columns?: number;
  prompter?: Prompter;
  now?: Date | (() => Date);
  timeZone?: string;
  /** How long to wait for a line lock another process holds (the default is past its 5 s staleness). */
  lineLockWaitMs?: number;
  /** Every wait the run asks for (back-off, Retry-After), in order. */
  waits?: number[];
  openUrl?: (url: string) => Promise<void>;
  /** How the --timeout deadline arms its timer (by default a real, unref'd timer that a short test never reaches). */
  deadlineTimer?: ArmTimer;
}

/** In-process runs never wait for real: a retry follows at once, and the wait it asked for is recorded. */
function instantSleep(waits: number[] | undefined): (ms: number) => Promise<void> {
  return async (ms) => {
    waits?.push(ms);
  };
}

export async function runCli(argv: string[], options: RunOptions): Promise<CliResult> {
  const io = bufferIO({ tty: options.tty ?? false, ...(options.stdin !== undefined ? { stdin: options.stdin } : {}), ...(options.columns !== undefined ? { columns: options.columns } : {}) });
  const now = options.now;
  const code = await main(argv, {
    io,
    env: testEnv(options.home, options.env),
    ...(options.prompter ? { prompter: options.prompter } : {}),
    ...(now ? { now: typeof now === 'function' ? now : () => now } : {}),
    timeZone: options.timeZone ?? 'Asia/Hong_Kong',
    ...(options.lineLockWaitMs === undefined ? {} : { lineLockWaitMs: options.lineLockWaitMs }),
    sleep: instantSleep(options.waits),
    ...(options.openUrl ? { openUrl: options.openUrl } : {}),
    ...(options.deadlineTimer ? { deadlineTimer: options.deadlineTimer } : {}),
  });
  return { code, stdout: io.out(), stderr: io.err() };
}

export const BIN = resolve(import.meta.dirname, '../../bin/leb.js');

/** Spawn the built binary (npm test builds it first) with its own LEB_HOME. */
export function runBin(argv: string[], options: { home: string; env?: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number }): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: testEnv(options.home, options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal === 'SIGINT' ? 130 : 1), stdout, stderr });
    });
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    else child.stdin.end();
  });
}
