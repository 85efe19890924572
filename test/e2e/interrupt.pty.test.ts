// Waiting on a slow provider in a real terminal: a `sandbox serve` behind a gate that holds the chosen requests,
// so "the provider has not answered yet" is exact rather than guessed with latencies. Each wait says on stderr
// what it waits for, with real counts; Ctrl-C ends it at once with exit 130 (the held request never answers);
// a payment not yet sent is never sent; one already sent is said to be so, and `leb reconcile` settles it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../../src/providers/sandbox/server/server.js';
import { Journal } from '../../src/store/journal.js';
import { runBin, tempHome } from '../helpers/cli.js';
import { startGate, type Gate } from '../helpers/gate.js';
import { KEYS, spawnLeb } from '../helpers/pty.js';

const ENV = { LEB_NO_KEYRING: '1' };
const LINE_STATUS = /^GET \/v1\/lines\/[^/]+$/;
const PLANS = /^GET \/v1\/lines\/[^/]+\/plans$/;

describe('Ctrl-C as the way to stop', () => {
  it('sandbox serve stops cleanly on Ctrl-C: exit 0, not 130', async () => {
    const home = tempHome();
    try {
      const session = spawnLeb(['sandbox', 'serve', '--port', '0'], home.home);
      await session.waitFor('Press Ctrl+C to stop.');
      session.write(KEYS.ctrlC);
      expect(await session.exited).toBe(0);
      expect(session.output()).not.toContain('Interrupted.');
    } finally {
      home.cleanup();
    }
  });
});

describe('waiting on the provider, and Ctrl-C', { timeout: 30_000 }, () => {
  let home: { home: string; cleanup: () => void };
  let server: SandboxServer;
  let gate: Gate;
  let line: string;
  beforeAll(async () => {
    home = tempHome();
    server = await startSandboxServer({ seed: 11 });
    gate = await startGate(server.url);
    const added = await runBin(['account', 'add', 'slow', '--provider', 'http', '--endpoint', gate.url, '--login', server.login, '--password-stdin'], { home: home.home, env: ENV, stdin: server.password });
    expect(added.code).toBe(0);
    line = JSON.parse((await runBin(['status', '--json'], { home: home.home, env: ENV })).stdout)[1].line;
  });
  afterAll(async () => {
    await gate.close();
    await server.close();
    home.cleanup();
  });

  /** Start `argv` with `held` requests held; once one is held and `shows` is on screen, press Ctrl-C. */
  async function interrupt(argv: string[], held: RegExp, shows: string) {
    gate.holdWhen((call) => held.test(call));
    const session = spawnLeb(argv, home.home, ENV);
    await gate.held();
    await session.waitFor(shows);
    session.write(KEYS.ctrlC);
    const code = await session.exited;
    gate.release();
    return { code, screen: session.output() };
  }

  it.each([
    ['status (reading lines, with counts)', ['status'], LINE_STATUS, 'Reading lines… 0/4 (1 account)', 'Number kept until'],
    ['status (pricing the footer)', ['status'], PLANS, 'Pricing renewals of the lines at risk… 0/2', 'at risk ·'],
    ['check', ['check'], LINE_STATUS, 'Reading lines… 0/4 (1 account)', 'days'],
    ['plans', ['plans'], PLANS, 'Reading the plans of', 'Per day'],
    ['plans --until', ['plans', '--line', 'Work backup', '--until', '2027-12-31'], PLANS, 'Reading the plans of', 'kept'],
    ['the renew plan picker', ['renew'], LINE_STATUS, 'Reading lines… 0/4 (1 account)', 'Plan'],
  ])('%s: says what it waits for; Ctrl-C ends the wait with exit 130', async (_name, argv, held, shows, result) => {
    const { code, screen } = await interrupt(argv, held, shows);
    expect(code).toBe(130);
    expect(screen).toContain('Interrupted.');
    expect(screen.slice(screen.indexOf(shows))).not.toContain(result);
  });

  // ora counts its text's rows with io/width.ts (scripts/build.mjs, oraWidth): string-width would take 20 to 35
  // ms of the spinner's first frame to build its emoji patterns.
  it('the spinner is drawn without loading string-width', async () => {
    const preload = join(home.home, 'list-loaded.cjs');
    const list = join(home.home, 'loaded.json');
    // The files loaded, and how many Intl.Segmenters were built (string-width builds one as it loads, bundled or not).
    writeFileSync(
      preload,
      [
        'let segmenters = 0;',
        'const Real = Intl.Segmenter;',
        'Intl.Segmenter = function (...args) { segmenters++; return new Real(...args); };',
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.LEB_TEST_LOADED, JSON.stringify({ files: Object.keys(require.cache), segmenters })));",
      ].join('\n'),
    );
    gate.holdWhen((call) => LINE_STATUS.test(call));
    const session = spawnLeb(['status'], home.home, { ...ENV, LEB_TEST_LOADED: list }, { nodeArgs: ['--require', preload] });
    await gate.held();
    await session.waitFor('Reading lines… 0/4 (1 account)');
    session.write(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    gate.release();
    const { files, segmenters } = JSON.parse(readFileSync(list, 'utf8')) as { files: string[]; segmenters: number };
    expect(files.filter((file) => file.endsWith('ora.cjs'))).toHaveLength(1);
    expect(files.filter((file) => file.includes('string-width'))).toEqual([]);
    expect(segmenters).toBe(0);
  });

  it('account add: says it is logging in; Ctrl-C stores nothing', async () => {
    gate.holdWhen((call) => call === 'POST /v1/auth/login');
    const session = spawnLeb(['account', 'add', 'second', '--provider', 'http', '--endpoint', gate.url, '--login', server.login], home.home, ENV);
    await session.waitFor('Password');
    session.write(`${server.password}${KEYS.enter}`);
    await gate.held();
    await session.waitFor('Logging in to second…');
    session.write(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    gate.release();
    expect(readFileSync(join(home.home, 'config.json'), 'utf8')).not.toContain('"second"');
  });

  it('topup: Ctrl-C while the line is read sends nothing and exits 130', async () => {
    const { code } = await interrupt(['topup', '--line', line, '--amount', '50', '--yes'], new RegExp(`^GET /v1/lines/${line}$`), 'Reading line');
    expect(code).toBe(130);
    expect(server.charges()).toEqual([]);
    expect(existsSync(join(home.home, 'orders.jsonl'))).toBe(false);
  });

  it('topup: Ctrl-C once the payment is sent says so and exits 130; reconcile then settles it, charged once', async () => {
    gate.holdWhen((call) => call === `POST /v1/lines/${line}/topups`);
    const session = spawnLeb(['topup', '--line', line, '--amount', '50', '--yes'], home.home, ENV);
    await gate.held();
    session.write(KEYS.ctrlC);
    expect(await session.exited).toBe(130);
    expect(session.output()).toMatch(/the payment \(order ord_\w+\) was sent/);
    gate.release();
    const [order] = new Journal(join(home.home, 'orders.jsonl')).orders();
    expect(order?.status).toBe('pending');
    // The held request reaches the server once released; reconcile learns it by its key.
    while (server.charges().length === 0) await new Promise((r) => setTimeout(r, 5));
    expect((await runBin(['reconcile'], { home: home.home, env: ENV })).code).toBe(0);
    expect(new Journal(join(home.home, 'orders.jsonl')).orders().map((o) => o.status)).toEqual(['succeeded']);
    expect(server.charges().map((c) => c.idempotencyKey)).toEqual([order!.idempotencyKey]);
  });
});
