// `leb sandbox serve --port 0 --json` as a child process of a test: resolves with the first JSON line (where it
// listens, the demo login) once it is up, or rejects with its stderr when it does not start in 10 s.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN, testEnv } from './cli.js';

export interface Served {
  child: ChildProcessWithoutNullStreams;
  hello: { url: string; login: string; password: string };
  stderr: () => string;
  exited: Promise<number | null>;
}

export function serveBinary(home: string, args: string[] = [], bin = BIN): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'sandbox', 'serve', '--port', '0', '--json', ...args], { env: testEnv(home), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox serve did not start: ${stderr}`)), 10_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox serve exited with ${code}: ${stderr}`));
    });
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      resolve({ child, hello: JSON.parse(stdout.slice(0, newline)), stderr: () => stderr, exited });
    });
    child.on('error', reject);
  });
}
