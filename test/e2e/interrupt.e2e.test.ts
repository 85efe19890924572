// Ctrl-C during a payment (issue 10): the built binary says what is known, in the user's language, and exits
// 130; the order stays open for `leb reconcile`.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../src/providers/sandbox/server/server.js';
import { Journal } from '../../src/store/journal.js';
import { BIN, runBin, tempHome, testEnv } from '../helpers/cli.js';

const ENV = { LEB_NO_KEYRING: '1' };

describe('Ctrl-C while a payment is on the wire', () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  beforeEach(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 3 });
    const added = await runBin(['account', 'add', 'slow', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { home: home.home, env: ENV, stdin: server.password });
    expect(added.code).toBe(0);
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });

  it('prints that the payment was sent and to run leb reconcile, in Chinese, and exits 130', async () => {
    // Every answer takes 0.4 s, as on a slow uplink: the interrupt lands while the payment is on the wire.
    server.setFaults({ latencyMs: 400, error500: 0, rateLimit: 0, resetAfterCommit: 0, stall: 0, garble: 0 });
    const journal = join(home.home, 'orders.jsonl');
    const child = spawn(process.execPath, [BIN, '--lang', 'zh-CN', '--debug', 'topup', '--line', 'Work backup', '--amount', '20', '--yes'], { env: testEnv(home.home, ENV), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const deadline = Date.now() + 10_000;
    // --debug says when the journaled order goes on the wire.
    while (!stderr.includes('sending with its idempotency key')) {
      if (Date.now() > deadline) throw new Error('the payment was never sent');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const [order] = new Journal(journal).orders();
    expect(stderr).toContain(`付款（订单 ${order?.id}）已发送`);
    expect(stderr).toContain('leb reconcile');
    expect(order?.status).toBe('pending');
    expect(stderr).not.toContain('    at ');
  }, 20_000);
});
