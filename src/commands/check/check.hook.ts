// The `leb check --exec` hook: one shell command per line at risk, its details in environment variables. The
// hook's own output goes to our stderr (stdout stays data); a hook that fails or hangs is reported, never fatal.

import { spawn } from 'node:child_process';
import type { Writer } from '../../io/streams.js';

export const HOOK_TIMEOUT_MS = 60_000;

export type HookOutcome =
  | { ok: true }
  | { ok: false; reason: 'exit'; code: number }
  | { ok: false; reason: 'signal'; signal: string }
  | { ok: false; reason: 'timeout'; seconds: number }
  | { ok: false; reason: 'spawn'; message: string };

export interface HookRun {
  command: string;
  env: NodeJS.ProcessEnv;
  /** Where the hook's stdout and stderr go. */
  output: Writer;
  timeoutMs?: number;
}

export function runHook({ command, env, output, timeoutMs = HOOK_TIMEOUT_MS }: HookRun): Promise<HookOutcome> {
  return new Promise((resolve) => {
    // Its own process group (not on Windows), so a timeout stops the whole pipeline, not just the shell.
    const ownGroup = process.platform !== 'win32';
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroup, windowsHide: true });
    } catch (error) {
      resolve({ ok: false, reason: 'spawn', message: (error as Error).message });
      return;
    }
    const forward = (chunk: Buffer) => void output.write(chunk);
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: 'spawn', message: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, reason: 'timeout', seconds: Math.ceil(timeoutMs / 1000) });
      else if (signal !== null) resolve({ ok: false, reason: 'signal', signal });
      else if (code !== 0) resolve({ ok: false, reason: 'exit', code: code ?? 1 });
      else resolve({ ok: true });
    });
  });
}
