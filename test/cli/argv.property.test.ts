// Arbitrary command lines from leb's own vocabulary (commands, flags, good and bad values, in any order) never end
// with an exit code outside the documented table (1 would be a bug: it never happens), and a value that is wrong
// on its face (an amount like 1e3, a date like 31/12/2027, --timeout 0, an unknown flag) is refused with exit 2
// before anything reaches the provider: an http account on a local server that counts every request.
// Left out of the vocabulary: what runs a program or opens a browser (--exec, --web), writes a file the test
// did not choose (--ics), runs until stopped (sandbox serve), reads secrets from stdin, or removes the account.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../src/providers/sandbox/server/server.js';
import { runCli, tempHome } from '../helpers/cli.js';

const DOCUMENTED = new Set([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 130]);
const NOW = new Date('2026-11-22T04:00:00Z');

/** A flag and its values: `good` ones may or may not be accepted once the provider is asked; `bad` are wrong on their face. */
interface Flag {
  flag: string;
  good: string[];
  bad: string[];
}

const FLAGS: Flag[] = [
  { flag: '--amount', good: ['50', '20.5', '999999'], bad: ['-1', '0', '1e3', '0x10', '1,000', 'HK$50', '５０', '5 0', '50.555', 'abc', ''] },
  { flag: '--until', good: ['2027-06-30', '2026-12-01'], bad: ['31/12/2027', '2027-02-30', 'tomorrow', '2040-01-01', '2020-01-01'] },
  { flag: '--warn-days', good: ['14', '0', '30'], bad: ['-3', 'x', '1.5', '9999'] },
  { flag: '--timeout', good: ['5', '30'], bad: ['0', 'abc', '-1', '99999'] },
  { flag: '--lang', good: ['en', 'zh-CN'], bad: ['fr', ''] },
  { flag: '--concurrency', good: ['4', '16'], bad: ['0', '999', 'x'] },
  { flag: '--columns', good: ['line,state', 'days,kept'], bad: ['nope', 'line,,'] },
  { flag: '--state', good: ['grace', 'active,grace'], bad: ['bogus'] },
  { flag: '--expiring-within', good: ['14d', '7'], bad: ['x', '-2d'] },
  { flag: '--plan', good: ['monthly', 'quarterly', 'nope'], bad: [] },
  { flag: '--method', good: ['card', 'card-declined', 'nope'], bad: [] },
  { flag: '--line', good: ['ln_nope99', 'Work backup', '+85200000000'], bad: [] },
  { flag: '--account', good: ['hk', 'nope'], bad: [] },
  { flag: '--label', good: ['acme'], bad: [] },
  { flag: '--auto', good: ['on', 'off'], bad: ['maybe'] },
];
const SWITCHES = ['--json', '--csv', '--wide', '--yes', '--no-input', '--dry-run', '--allow-large', '--offline', '--refresh', '--sandbox', '--no-color', '--debug', '--at-risk', '--all'];
const UNKNOWN = ['--frob', '-z', '--line-id'];
const COMMANDS = [
  ['status'], ['plans'], ['topup'], ['renew'], ['history'], ['reconcile'], ['check'], ['carriers'],
  ['carriers', 'show', 'cmhk-prepaid'], ['carriers', 'show', 'nope'], ['account', 'list'], ['account', 'use', 'nope'],
  ['config', 'get'], ['config', 'get', 'warn-days'], ['config', 'set', 'warn-days', '21'], ['config', 'set', 'nope', '1'],
  ['line', 'label', 'ln_nope99', 'x'], ['line', 'note', 'ln_nope99', 'x'], ['line', 'touch', 'tl_nope'], ['line', 'confirm', 'tl_nope'],
  ['sandbox', 'clock'], ['frobnicate'], [],
];

interface Drawn {
  argv: string[];
  /** Whether a value wrong on its face (or an unknown flag) was drawn. */
  bad: boolean;
}

const flagArg: fc.Arbitrary<Drawn> = fc.oneof(
  fc.constantFrom(...FLAGS).chain((f) =>
    f.bad.length === 0
      ? fc.constantFrom(...f.good).map((v) => ({ argv: [f.flag, v], bad: false }))
      : fc.oneof(fc.constantFrom(...f.good).map((v) => ({ argv: [f.flag, v], bad: false })), fc.constantFrom(...f.bad).map((v) => ({ argv: [f.flag, v], bad: true }))),
  ),
  fc.constantFrom(...SWITCHES).map((s) => ({ argv: [s], bad: false })),
  fc.constantFrom(...UNKNOWN).map((s) => ({ argv: [s], bad: true })),
);

const commandLine: fc.Arbitrary<Drawn> = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(flagArg, { maxLength: 4 })).map(([command, flags]) => ({
  argv: [...command, ...flags.flatMap((f) => f.argv)],
  bad: flags.some((f) => f.bad),
}));

describe('any command line from leb vocabulary', () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  let requests = 0;
  beforeAll(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 5, log: () => requests++ });
    const added = await runCli(['account', 'add', 'hk', '--provider', 'http', '--endpoint', server.url, '--login', server.login, '--password-stdin'], {
      home: home.home,
      now: NOW,
      stdin: server.password,
      env: { LEB_NO_KEYRING: '1' },
    });
    expect(added.code, added.stderr).toBe(0);
  });
  afterAll(async () => {
    await server.close();
    home.cleanup();
  });

  it('ends with a documented exit code (never 1), and a value wrong on its face is exit 2 before any request', async () => {
    let reached = 0;
    await fc.assert(
      fc.asyncProperty(commandLine, async ({ argv, bad }) => {
        const before = requests;
        const result = await runCli(argv, { home: home.home, now: NOW, env: { LEB_NO_KEYRING: '1' } });
        if (requests > before) reached++;
        expect(DOCUMENTED.has(result.code), `${JSON.stringify(argv)} → ${result.code}: ${result.stderr}`).toBe(true);
        if (bad) {
          expect(result.code, `${JSON.stringify(argv)}: ${result.stderr}`).toBe(2);
          expect(requests - before, `${JSON.stringify(argv)} reached the provider`).toBe(0);
          if (!argv.includes('--debug')) expect(result.stderr, 'a stack only under --debug').not.toMatch(/\n\s+at /);
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
    // The counter works: runs with nothing wrong on their face did reach the provider.
    expect(reached).toBeGreaterThan(0);
  });
});
