// `history --line` takes what --line takes everywhere, and a line nothing knows is an error, not "No orders yet."
// A line id present under two accounts resolves to the default account's line, as the README says.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { runCli, tempHome } from '../../helpers/cli.js';
import { NOW, demoLines, sandbox } from '../../app/payments/fixtures.js';

describe('history --line', () => {
  let home: { home: string; cleanup: () => void };
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('takes the number, the alias and the label as well as the id', async () => {
    const [paid, other] = await demoLines(home.home);
    await sandbox(['topup', '--line', paid!.line, '--amount', '50', '--yes'], { home: home.home });
    await sandbox(['topup', '--line', other!.line, '--amount', '20', '--yes'], { home: home.home });
    await sandbox(['line', 'label', paid!.line, 'Grandma'], { home: home.home });
    const status = JSON.parse((await sandbox(['status', '--json'], { home: home.home })).stdout) as { line: string; number: string; alias: string }[];
    const line = status.find((l) => l.line === paid!.line)!;
    for (const ref of [line.line, line.number, line.alias, 'grandma']) {
      const result = await sandbox(['history', '--line', ref, '--json'], { home: home.home });
      expect(result.code, ref).toBe(0);
      const orders = JSON.parse(result.stdout) as { line: string }[];
      expect(orders.map((o) => o.line), ref).toEqual([paid!.line]);
    }
  });

  it('an unknown line is exit 2 naming it, not "No orders yet."', async () => {
    await demoLines(home.home);
    const result = await sandbox(['history', '--line', 'ln_nope99'], { home: home.home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no line "ln_nope99"');
    expect(result.stderr).not.toContain('No orders yet');
  });
});

describe('a line id under two accounts', () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  beforeEach(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 5 });
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });
  const run = (argv: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) =>
    runCli(argv, { home: home.home, now: NOW, ...extra, env: { LEB_NO_KEYRING: '1', ...extra.env } });

  it('resolves to the default account, and follows `account use`', async () => {
    for (const name of ['a', 'b']) {
      await run(['account', 'add', name, '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { stdin: server.password });
    }
    const line = (JSON.parse((await run(['status', '--json', '--account', 'a'])).stdout) as { line: string }[])[0]!.line;
    const dry = async () => JSON.parse((await run(['topup', '--line', line, '--amount', '50', '--dry-run', '--json'])).stdout) as { request: { account: string } };
    expect((await dry()).request.account).toBe('a');
    await run(['account', 'use', 'b']);
    expect((await dry()).request.account).toBe('b');
  });
});
