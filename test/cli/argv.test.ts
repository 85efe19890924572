// argv → options for every command: what the parser hands to each run module, without running anything.

import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import type { Invocation } from '../../src/commands/invocation.js';
import { resolveGlobals, type RawGlobals } from '../../src/cli/globals.js';
import { messagesFor } from '../../src/io/messages/index.js';
import { NO_FAULTS } from '../../src/providers/sandbox/server/faults.js';

interface Captured {
  name: string;
  options: unknown;
  globals: ReturnType<typeof resolveGlobals>;
}

async function parse(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Captured> {
  let captured: Captured | null = null;
  const dispatch = async <O>(invocation: Invocation<O>, command: Command) => {
    captured = { name: invocation.name, options: invocation.options, globals: resolveGlobals(command.optsWithGlobals<RawGlobals>(), env) };
  };
  const program = buildProgram(messagesFor('en'), dispatch, { writeOut: () => {}, writeErr: () => {} });
  await program.parseAsync(argv, { from: 'user' });
  if (!captured) throw new Error('no command ran');
  return captured;
}

describe('argv → options', () => {
  it.each([
    [['status'], 'status', { line: null, concurrency: null, refresh: false, expiringWithin: null, states: null, label: null, csv: false, offline: false, columns: null, wide: false }],
    [['status', '--line', 'ln_a'], 'status', { line: 'ln_a', concurrency: null, refresh: false, expiringWithin: null, states: null, label: null, csv: false, offline: false, columns: null, wide: false }],
    [['status', '--columns', 'Days, line,days', '--wide'], 'status', { line: null, concurrency: null, refresh: false, expiringWithin: null, states: null, label: null, csv: false, offline: false, columns: ['days', 'line'], wide: true }],
    [
      ['status', '--expiring-within', '14d', '--state', 'grace,expired', '--label', 'acme', '--csv', '--offline'],
      'status',
      { line: null, concurrency: null, refresh: false, expiringWithin: 14, states: ['grace', 'expired'], label: 'acme', csv: true, offline: true, columns: null, wide: false },
    ],
    [['plans', '--line', 'ln_a'], 'plans', { line: 'ln_a', until: null, wide: false }],
    [['plans', '--wide'], 'plans', { line: null, until: null, wide: true }],
    [['history', '--csv'], 'history', { line: null, csv: true, wide: false, since: null, until: null, label: null, byMonth: false }],
    [['history', '--wide'], 'history', { line: null, csv: false, wide: true, since: null, until: null, label: null, byMonth: false }],
    [
      ['history', '--since', '2026-11-01', '--until', ' 2026-11-30 ', '--label', ' Mum ', '--by', 'Month'],
      'history',
      { line: null, csv: false, wide: false, since: '2026-11-01', until: '2026-11-30', label: 'Mum', byMonth: true },
    ],
    [['history', '--since', '2026-11-01', '--until', '2026-11-01', '--label', '  '], 'history', { line: null, csv: false, wide: false, since: '2026-11-01', until: '2026-11-01', label: null, byMonth: false }],
    [['sandbox', 'clock'], 'sandbox clock', { move: null }],
    [['sandbox', 'clock', '--advance', '7d'], 'sandbox clock', { move: { kind: 'advance', days: 7 } }],
    [['sandbox', 'clock', '--set', '2027-03-01'], 'sandbox clock', { move: { kind: 'set', date: '2027-03-01' } }],
    [['topup'], 'topup', { line: null, amount: null, method: null, dryRun: false, allowLarge: false, record: false, receipt: null, web: false }],
    [['topup', '--line', 'ln_a', '--amount', '50', '--method', 'card', '--dry-run', '--allow-large'], 'topup', { line: 'ln_a', amount: '50', method: 'card', dryRun: true, allowLarge: true, record: false, receipt: null, web: false }],
    [['topup', '--amount=-1'], 'topup', { line: null, amount: '-1', method: null, dryRun: false, allowLarge: false, record: false, receipt: null, web: false }],
    [['renew', '--plan', 'quarterly'], 'renew', { line: null, plan: 'quarterly', method: null, dryRun: false, auto: null, record: false, amount: null, receipt: null, web: false }],
    [['renew', '--auto', 'on'], 'renew', { line: null, plan: null, method: null, dryRun: false, auto: true, record: false, amount: null, receipt: null, web: false }],
    [['renew', '--auto', 'off', '--line', 'x'], 'renew', { line: 'x', plan: null, method: null, dryRun: false, auto: false, record: false, amount: null, receipt: null, web: false }],
    [['carriers'], 'carriers', { show: null }],
    [['topup', '--line', 'tl_1', '--amount', '50', '--record', '--receipt', 'R1', '--web'], 'topup', { line: 'tl_1', amount: '50', method: null, dryRun: false, allowLarge: false, record: true, receipt: 'R1', web: true }],
    [['renew', '--line', 'tl_1', '--record', '--amount', '38', '--receipt', 'C1'], 'renew', { line: 'tl_1', plan: null, method: null, dryRun: false, auto: null, record: true, amount: '38', receipt: 'C1', web: false }],
    [['carriers', 'show', 'giffgaff'], 'carriers show', { show: 'giffgaff' }],
    [['line', 'add', '+852 9123 4567', '--carrier', 'CMHK-prepaid', '--expires', '2026-12-20', '--label', ' HK '], 'line add', { number: '+85291234567', carrier: 'cmhk-prepaid', country: null, expires: '2026-12-20', lastActivity: null, label: 'HK' }],
    [['line', 'add', '+12025550123', '--account', 'rl', '--country', 'us', '--expires', '2026-12-20'], 'line add', { number: '+12025550123', carrier: null, country: 'US', expires: '2026-12-20', lastActivity: null, label: null }],
    [['line', 'add', '+447700900123', '--carrier', 'giffgaff', '--last-activity', '2026-10-01'], 'line add', { number: '+447700900123', carrier: 'giffgaff', country: null, expires: null, lastActivity: '2026-10-01', label: null }],
    [['line', 'confirm', 'tl_1', '--expires', '2027-01-01', '--balance', '3.50'], 'line confirm', { line: 'tl_1', expires: '2027-01-01', lastActivity: null, balance: '3.50' }],
    [['line', 'touch', 'tl_1'], 'line touch', { line: 'tl_1', date: null }],
    [['line', 'rm', 'tl_1'], 'line remove', { line: 'tl_1' }],
    [['line', 'import', 'lines.csv', '--dry-run'], 'line import', { file: 'lines.csv', dryRun: true }],
    [['reconcile', '--line', 'x'], 'reconcile', { line: 'x' }],
    [['account', 'add', 'hk', '--provider', 'sandbox'], 'account add', { name: 'hk', provider: 'sandbox', endpoint: null, login: null, passwordStdin: false, tokenStdin: false, clientId: null, secretStdin: false, environment: null, authEndpoint: null }],
    [['account', 'list'], 'account list', { wide: false }],
    [['account', 'ls'], 'account list', { wide: false }],
    [['account', 'list', '--wide'], 'account list', { wide: true }],
    [['account', 'use', 'hk'], 'account use', { name: 'hk' }],
    [['account', 'rm', 'hk'], 'account remove', { name: 'hk' }],
    [['sandbox', 'reset'], 'sandbox reset', {}],
    [['sandbox', 'serve'], 'sandbox serve', { host: '127.0.0.1', port: 0, lines: null, latencyMs: 0, faults: NO_FAULTS, faultSpec: null, seed: null }],
    [
      ['sandbox', 'serve', '--host', '0.0.0.0', '--port', '8080', '--lines', '1000', '--latency', '20', '--faults', 'stall=0.1,latency=5', '--seed', '7'],
      'sandbox serve',
      { host: '0.0.0.0', port: 8080, lines: 1000, latencyMs: 20, faults: { ...NO_FAULTS, stall: 0.1, latencyMs: 5 }, faultSpec: 'stall=0.1,latency=5', seed: 7 },
    ],
    [
      ['account', 'add', 'hk', '--provider', 'http', '--endpoint', 'https://api.example.com', '--login', 'me', '--password-stdin'],
      'account add',
      { name: 'hk', provider: 'http', endpoint: 'https://api.example.com', login: 'me', passwordStdin: true, tokenStdin: false, clientId: null, secretStdin: false, environment: null, authEndpoint: null },
    ],
    [
      ['account', 'add', 'fleet', '--provider', 'airalo', '--client-id', 'cid', '--secret-stdin'],
      'account add',
      { name: 'fleet', provider: 'airalo', endpoint: null, login: null, passwordStdin: false, tokenStdin: false, clientId: 'cid', secretStdin: true, environment: null, authEndpoint: null },
    ],
    [
      ['account', 'add', 'rl', '--provider', 'reloadly', '--client-id', 'cid', '--secret-stdin', '--environment', 'test', '--auth-endpoint', 'http://127.0.0.1:9'],
      'account add',
      { name: 'rl', provider: 'reloadly', endpoint: null, login: null, passwordStdin: false, tokenStdin: false, clientId: 'cid', secretStdin: true, environment: 'test', authEndpoint: 'http://127.0.0.1:9' },
    ],
  ])('%j → %s %j', async (argv, name, options) => {
    const captured = await parse(argv);
    expect(captured.name).toBe(name);
    expect(captured.options).toEqual(options);
  });

  it('global options are accepted before and after the command', async () => {
    const before = await parse(['--json', '--sandbox', '--account', 'a', '-y', '--no-input', '--no-color', '--lang', 'zh-CN', '--timeout', '5', '--debug', 'status']);
    const after = await parse(['status', '--json', '--sandbox', '--account', 'a', '-y', '--no-input', '--no-color', '--lang', 'zh-CN', '--timeout', '5', '--debug']);
    const expected = { json: true, sandbox: true, account: 'a', yes: true, noInput: true, noColor: true, language: 'zh-CN', timeoutMs: 5000, debug: true };
    expect(before.globals).toEqual(expected);
    expect(after.globals).toEqual(expected);
  });

  it('flags beat the environment, the environment beats defaults', async () => {
    const env = { LEB_ACCOUNT: 'env-acct', LEB_NO_INPUT: '1', LEB_DEBUG: '1', LEB_LANG: 'zh-CN' };
    expect((await parse(['status'], env)).globals).toMatchObject({ account: 'env-acct', noInput: true, debug: true, language: 'zh-CN' });
    expect((await parse(['status', '--account', 'flag', '--lang', 'en'], env)).globals).toMatchObject({ account: 'flag', language: 'en' });
    expect((await parse(['status'], { LANG: 'zh_CN.UTF-8' })).globals.language).toBe('zh-CN');
    expect((await parse(['status'], { LANG: 'de_DE.UTF-8' })).globals.language).toBe('en');
    expect((await parse(['status'], {})).globals).toMatchObject({ account: null, noInput: false, timeoutMs: 30_000, json: false });
  });

  it('status --concurrency sets how many lines are fetched at once (default: null, meaning 16)', async () => {
    expect((await parse(['status'])).options).toMatchObject({ concurrency: null });
    expect((await parse(['status', '--concurrency', '4'])).options).toMatchObject({ concurrency: 4 });
  });

  it.each([
    ['status', '--concurrency', '0'],
    ['status', '--concurrency', '1.5'],
    ['sandbox', 'serve', '--port', '70000'],
    ['sandbox', 'serve', '--lines', '0'],
    ['sandbox', 'serve', '--latency', 'slow'],
    ['sandbox', 'serve', '--seed', '-1'],
    ['sandbox', 'serve', '--faults', 'stall=2'],
    ['sandbox', 'serve', '--faults', 'flood=0.1'],
  ])('%s %s %s %s is a usage error naming the value', async (...argv) => {
    const value = argv[argv.length - 1] as string;
    await expect(parse(argv)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(value) });
  });

  it.each([['--timeout', 'soon'], ['--timeout', '0'], ['--timeout', '-3'], ['--lang', 'fr']])('%s %s is a usage error naming the value', async (flag, value) => {
    await expect(parse(['status', flag, value])).rejects.toThrow(value);
  });
});
