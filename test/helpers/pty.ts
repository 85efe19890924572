// Drive the built binary in a real pseudo-terminal, as a person at a keyboard would.

import pty from '@lydell/node-pty';
import { BIN, testEnv } from './cli.js';

export interface PtySession {
  write(keys: string): void;
  /** Resolves once the screen output so far contains `text`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number>;
  output(): string;
  /** What was written, escapes included. */
  raw(): string;
}

export const KEYS = { enter: '\r', ctrlC: '\u0003', down: '\u001b[B' } as const;

/**
 * `options.nodeArgs` go to node before the binary (a `--require` preload); an `env` value of undefined removes
 * the variable (`{ NO_COLOR: undefined }` for colour, which testEnv turns off).
 */
export function spawnLeb(argv: string[], home: string, env: NodeJS.ProcessEnv = {}, options: { cols?: number; nodeArgs?: string[] } = {}): PtySession {
  const environment = Object.entries(testEnv(home, { TERM: 'xterm-256color', ...env })).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const child = pty.spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...argv], {
    name: 'xterm-256color',
    cols: options.cols ?? 120,
    rows: 40,
    env: Object.fromEntries(environment),
  });
  let screen = '';
  const waiters: Array<() => void> = [];
  child.onData((data) => {
    screen += data;
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number>((resolve) => child.onExit(({ exitCode }) => resolve(exitCode)));
  const plain = () => screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  return {
    write: (keys) => child.write(keys),
    output: plain,
    raw: () => screen,
    exited,
    waitFor(text, timeoutMs = 10_000) {
      const matches = () => (typeof text === 'string' ? plain().includes(text) : text.test(plain()));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(text)}; screen:\n${plain()}`)), timeoutMs);
        const check = () => {
          if (matches()) {
            clearTimeout(timer);
            resolve();
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}
