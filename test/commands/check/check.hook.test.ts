import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runHook } from '../../../src/commands/check/check.hook.js';

function sink(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stream.text += chunk.toString('utf8');
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

const env = { PATH: process.env.PATH, LEB_LINE: 'ln_1' };

describe.skipIf(process.platform === 'win32')('runHook', () => {
  it('passes the environment and forwards both output streams', async () => {
    const output = sink();
    expect(await runHook({ command: 'echo "out $LEB_LINE"; echo "err $LEB_LINE" >&2', env, output })).toEqual({ ok: true });
    expect(output.text).toContain('out ln_1');
    expect(output.text).toContain('err ln_1');
  });

  it('reports a non-zero exit and a signal', async () => {
    expect(await runHook({ command: 'exit 4', env, output: sink() })).toEqual({ ok: false, reason: 'exit', code: 4 });
    expect(await runHook({ command: 'kill -TERM $$', env, output: sink() })).toEqual({ ok: false, reason: 'signal', signal: 'SIGTERM' });
  });

  it('stops a hook that hangs, children included', async () => {
    const started = Date.now();
    const outcome = await runHook({ command: 'sleep 30 | cat', env, output: sink(), timeoutMs: 300 });
    expect(outcome).toEqual({ ok: false, reason: 'timeout', seconds: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
