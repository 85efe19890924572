// `leb account list` on narrow terminals: the account name, provider, balance and default mark stay whole;
// where the credentials are (a file path), the login and the endpoint are cut, then hidden and named with
// --wide; `account list --wide` shows every column in full.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { runCli, tempHome, type RunOptions } from '../../helpers/cli.js';
import { displayWidth } from '../../../src/io/width.js';

describe('account list fits the terminal', () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  beforeEach(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 5 });
    const added = await run(['account', 'add', 'hk-main', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], { stdin: server.password });
    expect(added.code).toBe(0);
    expect((await run(['account', 'add', 'demo', '--provider', 'sandbox'])).code).toBe(0);
  });
  afterEach(async () => {
    await server.close();
    home.cleanup();
  });
  const run = (argv: string[], extra: Partial<RunOptions> = {}) => runCli(argv, { home: home.home, ...extra, env: { LEB_NO_KEYRING: '1' } });

  it.each([
    [50, /^Hidden to fit the terminal: Credentials, Login\. Use --wide to show every column\.$/m],
    [60, /^Hidden to fit the terminal: Credentials\. Use --wide to show every column\.$/m],
    [80, /^$/],
  ])('at %i columns: fits, names and providers whole, says what it hid', async (columns, note) => {
    const result = await run(['account', 'list'], { tty: true, columns });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 2))).toEqual([['demo', 'sandbox'], ['hk-main', 'http']]);
    expect(result.stdout).not.toContain(`${home.home}/credentials.json`);
    expect(result.stderr).toMatch(note);
  });

  it('--wide shows the whole credentials path and endpoint; piped rows keep every column', async () => {
    const wide = await run(['account', 'list', '--wide'], { tty: true, columns: 60 });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain(`${home.home}/credentials.json`);
    expect(wide.stdout).toContain(server.url);
    expect(wide.stderr).not.toContain('Hidden');
    const piped = await run(['account', 'list']);
    expect(piped.stdout.split('\n')[0]?.split('\t')).toHaveLength(7);
  });
});
