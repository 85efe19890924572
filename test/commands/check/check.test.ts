import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { NOW, lineId, parseJson, type Json } from '../../helpers/demo-lines.js';

describe('leb check', () => {
  let home: { home: string; cleanup: () => void };
  const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(argv, { home: home.home, now: NOW, env });
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('--sandbox exits 11 (a demo line is in grace) and prints only the lines at risk, most urgent first', async () => {
    const result = await run(['--sandbox', 'check']);
    expect(result.code).toBe(11);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Old Shenzhen SIM');
    expect(lines[0]).toContain('in grace');
    expect(lines[0]).toContain('leb --sandbox renew --line ln_');
    expect(lines[1]).toContain('Work backup');
    expect(lines[1]).toContain('expires in 6 days (2026-11-28); number kept until 2026-12-28');
    expect(result.stdout).not.toContain('Personal');
    expect(result.stderr).toBe('');
  });

  it('--json gives the status objects of the lines at risk, with their risk', async () => {
    const lines = parseJson(await run(['--sandbox', 'check', '--json']));
    expect(lines.map((l) => [l.alias, l.state, l.risk])).toEqual([
      ['Old Shenzhen SIM', 'grace', 'critical'],
      ['Work backup', 'active', 'warning'],
    ]);
    for (const key of ['account', 'provider', 'line', 'number', 'state', 'expiresAt', 'daysLeft', 'numberKeptUntil', 'balance', 'data', 'plan', 'fetchedAt']) {
      expect(lines[0]).toHaveProperty(key);
    }
  });

  it('exits 10 when the worst is inside the window, 0 with no output when all is well', async () => {
    const grace = await lineId({ home: home.home, now: NOW }, 'Old Shenzhen SIM');
    const renewed = await run(['--sandbox', 'renew', '--line', grace, '--plan', 'yearly', '--yes']);
    expect(renewed.code).toBe(0);

    const warning = await run(['--sandbox', 'check']);
    expect(warning.code).toBe(10);
    expect(warning.stdout.trimEnd().split('\n')).toHaveLength(1);

    // The window is the flag's, then the config's: 6 days left is outside a 5-day window.
    expect((await run(['--sandbox', 'check', '--warn-days', '5'])).code).toBe(0);
    expect((await run(['config', 'set', 'warn-days', '5'])).code).toBe(0);
    const quiet = await run(['--sandbox', 'check']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await run(['--sandbox', 'check', '--warn-days', '6'])).code).toBe(10);
    expect(parseJson(await run(['--sandbox', 'check', '--json']))).toEqual([]);
  });

  it('a recycled line is critical (11) too', async () => {
    await run(['--sandbox', 'status']);
    const later = new Date('2026-12-20T04:00:00Z');
    const result = await runCli(['--sandbox', 'check', '--json'], { home: home.home, now: later });
    expect(result.code).toBe(11);
    const lines = parseJson(result);
    // Recycled lines go last, as everywhere.
    expect(lines.at(-1)).toMatchObject({ alias: 'Old Shenzhen SIM', state: 'recycled', risk: 'lost' });
  });

  describe('--exec', () => {
    let out: string;
    beforeEach(() => (out = join(home.home, 'hook')));
    const envOf = (file: string): Record<string, string> =>
      Object.fromEntries(
        readFileSync(join(out, file), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('LEB_'))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    const writeEnv = 'mkdir -p "$HOOK_OUT" && env > "$HOOK_OUT/$LEB_LINE.env"';

    it('runs once per line at risk with the details in LEB_* variables', async () => {
      const ids = parseJson(await run(['--sandbox', 'check', '--json'])).map((l: Json) => String(l.line));
      const result = await run(['--sandbox', 'check', '--exec', writeEnv], { HOOK_OUT: out });
      expect(result.code).toBe(11);
      expect(readdirSync(out).sort()).toEqual(ids.map((id) => `${id}.env`).sort());

      const grace = envOf(`${ids[0]}.env`);
      expect(grace).toMatchObject({
        LEB_LINE: ids[0],
        LEB_ACCOUNT: 'sandbox',
        LEB_ALIAS: 'Old Shenzhen SIM',
        LEB_STATE: 'grace',
        LEB_RISK: 'critical',
        LEB_DAYS_LEFT: '-5',
        LEB_EXPIRES_AT: '2026-11-17T23:59:59+08:00',
        LEB_NUMBER_KEPT_UNTIL: '2026-12-17T23:59:59+08:00',
        LEB_BALANCE: '0.00',
        LEB_CURRENCY: 'HKD',
      });
      expect(grace.LEB_NUMBER).toMatch(/^\+852\d{8}$/);
      expect(grace.LEB_MESSAGE).toContain(`leb --sandbox renew --line ${ids[0]}`);
      const warning = envOf(`${ids[1]}.env`);
      expect(warning).toMatchObject({ LEB_STATE: 'active', LEB_RISK: 'warning', LEB_DAYS_LEFT: '6', LEB_BALANCE: '4.20' });
      // Nothing that looks like a credential is handed to the hook.
      for (const name of Object.keys(grace)) expect(name).not.toMatch(/TOKEN|PASSWORD|SECRET/);
    });

    it("the hook's output goes to stderr, so stdout stays data", async () => {
      const result = await run(['--sandbox', 'check', '--json', '--exec', 'echo "hook says $LEB_LINE"']);
      expect(result.code).toBe(11);
      expect(parseJson(result)).toHaveLength(2);
      expect(result.stderr).toContain('hook says ln_');
    });

    it('a failing hook is reported on stderr and does not change the exit code', async () => {
      const failing = await run(['--sandbox', 'check', '--exec', 'exit 3']);
      expect(failing.code).toBe(11);
      expect(failing.stderr.match(/--exec command for ln_\w+ failed: exit code 3/g)).toHaveLength(2);

      const missing = await run(['--sandbox', 'check', '--exec', 'no-such-command-leb-test']);
      expect(missing.code).toBe(11);
      expect(missing.stderr).toContain('failed: exit code 127');
    });

    it('uses the exec setting; --exec beats it; --no-exec turns it off', async () => {
      expect((await run(['config', 'set', 'exec', `mkdir -p "$HOOK_OUT" && touch "$HOOK_OUT/config-$LEB_LINE"`])).code).toBe(0);
      await run(['--sandbox', 'check'], { HOOK_OUT: out });
      expect(readdirSync(out).filter((f) => f.startsWith('config-'))).toHaveLength(2);

      await run(['--sandbox', 'check', '--exec', `touch "$HOOK_OUT/flag-$LEB_LINE"`], { HOOK_OUT: out });
      expect(readdirSync(out).filter((f) => f.startsWith('flag-'))).toHaveLength(2);
      expect(readdirSync(out).filter((f) => f.startsWith('config-'))).toHaveLength(2);

      const before = readdirSync(out).length;
      expect((await run(['--sandbox', 'check', '--no-exec'], { HOOK_OUT: out })).code).toBe(11);
      expect(readdirSync(out)).toHaveLength(before);
    });

    it('runs nothing when nothing is at risk', async () => {
      await run(['config', 'set', 'warn-days', '0']);
      const grace = await lineId({ home: home.home, now: NOW }, 'Old Shenzhen SIM');
      await run(['--sandbox', 'renew', '--line', grace, '--plan', 'monthly', '--yes']);
      const result = await run(['--sandbox', 'check', '--exec', 'echo ran'], { HOOK_OUT: out });
      expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  });

  it('in Chinese', async () => {
    const result = await run(['--sandbox', '--lang', 'zh-CN', 'check']);
    expect(result.code).toBe(11);
    expect(result.stdout).toContain('宽限期');
    expect(result.stdout).toContain('6 天后到期');
  });
});
