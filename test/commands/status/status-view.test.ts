// The reseller's view of status: labels and notes, filters, CSV, the footer; and the status cache behind
// --offline and an unreachable provider.

import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../../helpers/cli.js';
import { startSandboxServer, type SandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { NOW, demoLines, lineId, parseJson, type Json } from '../../helpers/demo-lines.js';

describe('labels, notes and status filters', () => {
  let home: { home: string; cleanup: () => void };
  const run = (argv: string[], options: { now?: Date; tty?: boolean } = {}) => runCli(argv, { home: home.home, now: options.now ?? NOW, tty: options.tty ?? false });
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('label and note round trip through config.lines and show in status JSON; empty text clears', async () => {
    const work = await lineId({ home: home.home, now: NOW }, 'Work backup');
    const labelled = await run(['--sandbox', 'line', 'label', work, 'ACME Ltd']);
    expect(labelled).toMatchObject({ code: 0, stdout: '' });
    expect(labelled.stderr).toContain(`Labelled sandbox/${work}: ACME Ltd`);
    // Any way --line names a line works: here the alias.
    expect((await run(['--sandbox', 'line', 'note', 'work backup', 'owner Mr Chan, pays cash'])).code).toBe(0);

    const config = JSON.parse(readFileSync(join(home.home, 'config.json'), 'utf8')) as { lines: Record<string, unknown> };
    expect(config.lines).toEqual({ [`sandbox/${work}`]: { label: 'ACME Ltd', note: 'owner Mr Chan, pays cash' } });
    expect(statSync(join(home.home, 'config.json')).mode & 0o777).toBe(0o600);

    const lines = await demoLines({ home: home.home, now: NOW });
    expect(lines['Work backup']).toMatchObject({ label: 'ACME Ltd', note: 'owner Mr Chan, pays cash', stale: false });
    expect(lines.Personal).toMatchObject({ label: null, note: null });

    const cleared = parseJson<Json>(await run(['--sandbox', '--json', 'line', 'label', work, '']));
    expect(cleared).toEqual({ account: 'sandbox', line: work, label: null, note: 'owner Mr Chan, pays cash' });
    await run(['--sandbox', 'line', 'note', work, '']);
    expect((JSON.parse(readFileSync(join(home.home, 'config.json'), 'utf8')) as { lines: object }).lines).toEqual({});
  });

  it('an unknown line is exit 2 and changes nothing', async () => {
    const result = await run(['--sandbox', 'line', 'label', 'ln_nope', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no line "ln_nope"');
  });

  it('--expiring-within, --state and --label filter, most urgent first', async () => {
    const work = await lineId({ home: home.home, now: NOW }, 'Work backup');
    const personal = await lineId({ home: home.home, now: NOW }, 'Personal');
    await run(['--sandbox', 'line', 'label', work, 'ACME Ltd']);
    await run(['--sandbox', 'line', 'label', personal, 'Acme (HK)']);
    const aliases = async (...flags: string[]) => parseJson(await run(['--sandbox', 'status', '--json', ...flags])).map((l) => l.alias);

    expect(await aliases('--expiring-within', '14d')).toEqual(['Old Shenzhen SIM', 'Work backup']);
    expect(await aliases('--expiring-within', '14')).toEqual(['Old Shenzhen SIM', 'Work backup']);
    expect(await aliases('--expiring-within', '0d')).toEqual(['Old Shenzhen SIM']);
    expect(await aliases('--expiring-within', '63d')).toEqual(['Old Shenzhen SIM', 'Work backup', 'Personal']);
    expect(await aliases('--state', 'grace')).toEqual(['Old Shenzhen SIM']);
    expect(await aliases('--state', 'active,grace')).toHaveLength(4);
    expect(await aliases('--state', 'recycled')).toEqual([]);
    expect(await aliases('--label', 'acme')).toEqual(['Work backup', 'Personal']);
    expect(await aliases('--label', 'ACME', '--expiring-within', '14d')).toEqual(['Work backup']);

    const none = await run(['--sandbox', 'status', '--state', 'expired']);
    expect(none).toMatchObject({ code: 0, stdout: '' });
    expect(none.stderr).toContain('No lines match the filters.');
  });

  it('recycled lines leave --expiring-within; --state recycled finds them', async () => {
    await run(['--sandbox', 'status']);
    const later = new Date('2026-12-20T04:00:00Z');
    const within = parseJson(await run(['--sandbox', 'status', '--json', '--expiring-within', '30d'], { now: later }));
    expect(within.map((l) => l.state)).not.toContain('recycled');
    const recycled = parseJson(await run(['--sandbox', 'status', '--json', '--state', 'recycled'], { now: later }));
    expect(recycled.map((l) => l.alias)).toEqual(['Old Shenzhen SIM']);
  });

  it.each([
    [['--expiring-within', '2w'], '--expiring-within'],
    [['--expiring-within', '-3'], '--expiring-within'],
    [['--state', 'dead'], '--state "dead" is not a line state; use one of active, grace, expired, recycled, inactive, unknown'],
    [['--state', 'grace,'], '--state'],
  ])('bad filter %j: exit 2, one line naming the flag', async (flags, message) => {
    const result = await run(['--sandbox', 'status', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('--csv prints RFC 4180 rows with the label and note', async () => {
    const work = await lineId({ home: home.home, now: NOW }, 'Work backup');
    await run(['--sandbox', 'line', 'note', work, 'says "call first", then text']);
    const result = await run(['--sandbox', 'status', '--csv']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\r\n');
    expect(rows[0]).toBe('account,provider,line,number,iccid,alias,label,note,state,daysLeft,expiresAt,numberKeptUntil,balance,currency,dataRemainingMb,dataTotalMb,plan,autoRenew,fetchedAt,stale,validitySource,confirmedAt,carrier');
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)).toBe('');
    expect(rows[1]).toMatch(/^sandbox,sandbox,ln_\w+,\+852\d{8},\d{20},Old Shenzhen SIM,,,grace,-5,2026-11-17T23:59:59\+08:00,2026-12-17T23:59:59\+08:00,0\.00,HKD,,,,,/);
    expect(rows[2]).toContain(',"says ""call first"", then text",active,6,');
  });

  it('the table shows labels and a footer: lines at risk and the least it costs to renew them', async () => {
    const work = await lineId({ home: home.home, now: NOW }, 'Work backup');
    await run(['--sandbox', 'line', 'label', work, 'ACME Ltd']);
    const piped = await run(['--sandbox', 'status']);
    expect(piped.stdout.split('\n')[0]).toMatch(/\tLabel$/);
    expect(piped.stdout).toContain('\tACME Ltd\n');
    // Piped: the footer goes to stderr so the rows stay rows. Two lines at risk, monthly (HK$18.00) each.
    expect(piped.stderr).toBe('4 lines, 2 at risk · to renew the lines at risk: HK$36.00 (the cheapest plan per line)\n');

    const tty = await run(['--sandbox', 'status'], { tty: true });
    expect(tty.stdout).toContain('ACME Ltd');
    expect(tty.stdout.trimEnd().split('\n').at(-1)).toBe('4 lines, 2 at risk · to renew the lines at risk: HK$36.00 (the cheapest plan per line)');
    expect(tty.stderr).toBe('');
  });

  it('the footer in Chinese', async () => {
    const result = await run(['--sandbox', '--lang', 'zh-CN', 'status']);
    expect(result.stderr).toContain('共 4 条线路，2 条有风险');
    expect(result.stderr).toContain('每条线路按最便宜的套餐计');
  });
});

describe('status cache and --offline', () => {
  let home: { home: string; cleanup: () => void };
  const run = (argv: string[], now = NOW, stdin?: string) =>
    runCli(argv, { home: home.home, now, env: { LEB_NO_KEYRING: '1' }, ...(stdin === undefined ? {} : { stdin }) });
  const cacheFile = () => join(home.home, 'cache', 'status.json');
  beforeEach(() => (home = tempHome()));
  afterEach(() => home.cleanup());

  it('every successful fetch writes the cache 0600; --offline shows it with its age, says so, exit 0', async () => {
    const live = parseJson(await run(['--sandbox', 'status', '--json']));
    expect(statSync(cacheFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(home.home, 'cache')).mode & 0o777).toBe(0o700);

    // Three hours later the cache is shown with its original fetchedAt; days left count from the new today.
    const later = new Date(NOW.getTime() + 3 * 3_600_000 + 86_400_000);
    const offline = await run(['--sandbox', 'status', '--offline', '--json'], later);
    expect(offline.code).toBe(0);
    expect(offline.stderr).toContain('sandbox: showing the status cached 27 hours ago (2026-11-22 12:00), not live');
    const cached = parseJson(offline);
    expect(cached.map((l) => l.line)).toEqual(live.map((l) => l.line));
    for (const [i, line] of cached.entries()) {
      expect(line).toMatchObject({ stale: true, fetchedAt: live[i]?.fetchedAt, expiresAt: live[i]?.expiresAt });
      expect(line.daysLeft).toBe((live[i]?.daysLeft as number) - 1);
    }
  });

  it('--offline --line shows one cached line; an unknown one is exit 2', async () => {
    await run(['--sandbox', 'status']);
    const one = parseJson(await run(['--sandbox', 'status', '--offline', '--json', '--line', 'Travel eSIM']));
    expect(one.map((l) => l.alias)).toEqual(['Travel eSIM']);
    expect((await run(['--sandbox', 'status', '--offline', '--line', 'ln_nope'])).code).toBe(2);
  });

  it('--offline with nothing cached says how to fill the cache', async () => {
    const result = await run(['--sandbox', 'status', '--offline', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.stderr).toContain('no cached status yet');
  });

  it('a corrupt cache is exit 9 naming the file for --offline, and is replaced by the next live fetch', async () => {
    mkdirSync(join(home.home, 'cache'), { recursive: true });
    writeFileSync(cacheFile(), '{not json');
    const offline = await run(['--sandbox', 'status', '--offline']);
    expect(offline.code).toBe(9);
    expect(offline.stderr).toContain(cacheFile());
    expect((await run(['--sandbox', 'status'])).code).toBe(0);
    expect((await run(['--sandbox', 'status', '--offline'])).code).toBe(0);
  });

  describe('when the provider is unreachable', () => {
    let server: SandboxServer | null = null;
    afterEach(async () => {
      await server?.close();
      server = null;
    });

    async function addHttpAccount(): Promise<void> {
      server = await startSandboxServer({ seed: 11, now: () => NOW });
      const added = await run(['account', 'add', 'shop', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], NOW, server.password);
      expect(added.code, added.stderr).toBe(0);
    }

    it('status shows the cached lines with their age, says so on stderr, and exits 5', async () => {
      await addHttpAccount();
      const live = parseJson(await run(['status', '--json']));
      expect(live).toHaveLength(4);
      await server?.close();
      server = null;

      const result = await run(['--timeout', '5', 'status', '--json']);
      expect(result.code).toBe(5);
      expect(result.stderr).toContain('shop: provider unreachable');
      expect(result.stderr).toContain('shop: showing the status cached');
      // The unreachable account is an error (exit 5) beside the cached JSON, so no parseJson's no-error check.
      expect(result.stderr).toMatch(/^error: shop: provider unreachable/m);
      const cached = JSON.parse(result.stdout) as Array<{ line: string; stale: boolean; fetchedAt: string }>;
      expect(cached.map((l) => l.line)).toEqual(live.map((l) => l.line));
      expect(cached.every((l) => l.stale === true)).toBe(true);
      expect(cached.map((l) => l.fetchedAt)).toEqual(live.map((l) => l.fetchedAt));

      // --line still finds the line in the cache when the provider cannot be asked.
      const one = await run(['--timeout', '5', 'status', '--json', '--line', String(live[0]?.line)]);
      expect(one.code).toBe(5);
      expect((JSON.parse(one.stdout) as Array<{ line: string }>).map((l) => l.line)).toEqual([live[0]?.line]);

      // And the table still has its footer, priced by top-up since plans cannot be fetched.
      const table = await run(['--timeout', '5', 'status']);
      expect(table.code).toBe(5);
      expect(table.stdout.split('\n')).toHaveLength(6);
      expect(table.stderr).toContain('the smallest top-up that extends validity');
    });

    it('check does not pass on a cache: an unreachable account is exit 5', async () => {
      await addHttpAccount();
      await run(['status']);
      await server?.close();
      server = null;
      const result = await run(['--timeout', '5', 'check']);
      expect(result.code).toBe(5);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: shop: provider unreachable/m);
      expect(result.stderr).not.toContain('warning: shop: provider');
    });
  });
});
