// Failures the system reports (issue 10): a full disk behind stdout, a state file leb may not write. A clear
// line and exit 9, never "This is a bug".

import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { BIN, tempHome, testEnv } from '../helpers/cli.js';
import { bufferIO } from '../helpers/io.js';

describe('system errors', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('stdout on a full disk: exit 9, "no space left", no bug report, in Chinese too', async () => {
    for (const [lang, words] of [['en', 'cannot write the output: no space left on the device'], ['zh-CN', '无法写出输出：设备上没有剩余空间']] as const) {
      const io = bufferIO();
      const full = new Writable({
        write(_chunk, _encoding, done) {
          done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
        },
      });
      full.on('error', () => undefined);
      const code = await main(['--lang', lang, '--sandbox', 'status', '--json'], { io: { ...io, stdout: full }, env: testEnv(home.home) });
      expect(code).toBe(9);
      expect(io.err()).toContain(words);
      expect(io.err()).not.toContain('bug');
    }
  });

  it('the built binary with stdout on /dev/full: exit 9 and one line, no stack', async () => {
    const fd = openSync('/dev/full', 'w');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, '--sandbox', 'status', '--json'], { env: testEnv(home.home), stdio: ['ignore', fd, 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    closeSync(fd);
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('no space left');
    expect(result.stderr).not.toContain('    at ');
  });

  it('the built binary with stdout on a pipe its reader has closed (`leb status | head -0`): exit 0, nothing said', async () => {
    for (const argv of [['--version'], ['--sandbox', 'status', '--json'], ['--help']]) {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...argv], { env: testEnv(home.home), stdio: ['ignore', 'pipe', 'pipe'] });
        // Closed before the child has started: its first write finds no reader.
        child.stdout?.destroy();
        let stderr = '';
        child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect({ argv, ...result }).toEqual({ argv, code: 0, stderr: '' });
    }
  });

  it('a run whose stdout and stderr readers have both gone still ends with its own exit code (`set -o pipefail`)', async () => {
    for (const [argv, expected] of [[['--sandbox', 'nope'], 2], [['--sandbox', 'status', '--json'], 0], [['--sandbox', 'check'], 11]] as const) {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...argv], { env: testEnv(home.home), stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.on('close', (exit) => resolve(exit));
      });
      expect({ argv, code }).toEqual({ argv, code: expected });
    }
  });
});
