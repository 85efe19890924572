// What each run loads (ARCHITECTURE.md, "Start-up"): the built binary runs with a preload that lists, at exit,
// every file Node required and every built-in module it loaded, so a command that starts loading the prompt
// stack, the lock, zod, undici, node:crypto or node:child_process without needing them fails here, not only in
// `npm run bench`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin, testEnv } from '../helpers/cli.js';
import { spawnLeb } from '../helpers/pty.js';
import { serveBinary } from '../helpers/serve.js';

const ROOT = join(BIN, '../..');
const temp = mkdtempSync(join(tmpdir(), 'leb-startup-'));
const home = join(temp, 'home');
const preload = join(temp, 'list-loaded.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.LEB_TEST_LOADED, JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList })));\n",
);

/**
 * What a run of `leb <argv>` loaded: files under the package (relative to it), and Node's built-in modules. The
 * run must end with `exitCode`; with `toDevNull` its stdin, stdout and stderr are /dev/null, else pipes.
 */
function loads(argv: string[], inHome = home, { exitCode = 0, toDevNull = false } = {}): { files: string[]; builtins: string[] } {
  const list = join(temp, 'loaded.json');
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...argv], {
    env: testEnv(inHome, { LEB_TEST_LOADED: list, LEB_NO_KEYRING: '1' }),
    encoding: 'utf8',
    ...(toDevNull ? { stdio: 'ignore' as const } : {}),
  });
  expect(run.status, run.stderr).toBe(exitCode);
  const { files, builtins } = JSON.parse(readFileSync(list, 'utf8')) as { files: string[]; builtins: string[] };
  return {
    files: files
      .filter((file) => file.startsWith(ROOT))
      .map((file) => relative(ROOT, file))
      .sort(),
    builtins: builtins.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length)),
  };
}

const loaded = (argv: string[]) => loads(argv).files;

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('what a run loads', () => {
  // The first run seeds the sandbox's state, which takes the lock; the runs measured here find it in place.
  beforeAll(() => void loaded(['--sandbox', 'status']));

  it('--version: the bin and package.json, not the bundle', () => {
    expect(loaded(['--version'])).toEqual(['bin/leb.js', 'package.json']);
  });

  it('--help: the start-up loader, the bundle and the English messages alone', () => {
    expect(loaded(['--help'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/en.cjs', 'dist/start.cjs']);
  });

  it('--lang zh-CN --help: the Chinese messages instead of the English', () => {
    expect(loaded(['--lang', 'zh-CN', '--help'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/messages/zh-CN.cjs', 'dist/start.cjs']);
  });

  // A run whose output is data alone words nothing, so it never loads a message catalogue: help texts are
  // named by key (src/io/messages/help-keys.ts), spinner texts worded only when drawn (src/io/spinner.ts).
  it('--sandbox plans --json: the bundle alone, no messages (reading the sandbox needs no lock)', () => {
    expect(loaded(['--sandbox', 'plans', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/start.cjs']);
  });

  it('--sandbox status --json: the bundle and the lock (it merges the status cache), no messages', () => {
    expect(loaded(['--sandbox', 'status', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/start.cjs', 'dist/vendor/proper-lockfile.cjs']);
  });

  it('--sandbox history --json: the bundle alone, no messages', () => {
    expect(loaded(['--sandbox', 'history', '--json'])).toEqual(['bin/leb.js', 'dist/main.cjs', 'dist/start.cjs']);
  });

  it('--sandbox status (a table for people): the English messages too', () => {
    expect(loaded(['--sandbox', 'status'])).toContain('dist/messages/en.cjs');
  });

  it.each(['--help', '--sandbox plans --json', '--sandbox status --json'])('%s: neither node:crypto nor node:child_process (a payment, a hook or --web needs them)', (command) => {
    expect(loads(command.split(' ')).builtins.filter((name) => name === 'crypto' || name === 'child_process')).toEqual([]);
  });

  // Building process.stdout for a pipe loads net and the stream machinery (src/io/fd-output.ts).
  it.each(['--version', '--help', '--sandbox plans --json', '--sandbox status --json'])('%s with stdout and stderr on pipes: neither net, stream nor tty', (command) => {
    expect(loads(command.split(' ')).builtins.filter((name) => ['net', 'stream', 'tty'].includes(name))).toEqual([]);
  });
});

describe('what a run for people asks of ICU', () => {
  // The first Intl.NumberFormat of a process loads ICU's locale data (12 to 17 ms), the first localeCompare builds
  // a collator (about 9 ms), the first Intl.DateTimeFormat for a zone 5 ms: money is written from leb's own table
  // (src/domain/money.ts), lists are ordered by code unit (src/domain/text-order.ts), dates in the system's zone
  // need no Intl (src/domain/dates.ts).
  const counter = join(temp, 'count-intl.cjs');
  writeFileSync(
    counter,
    [
      'const counts = { NumberFormat: 0, DateTimeFormat: 0, Collator: 0, localeCompare: 0 };',
      "for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator']) { const Real = Intl[name]; Intl[name] = function (...args) { counts[name]++; return new Real(...args); }; }",
      'const compare = String.prototype.localeCompare; String.prototype.localeCompare = function (...args) { counts.localeCompare++; return compare.apply(this, args); };',
      "process.on('exit', () => require('node:fs').writeFileSync(process.env.LEB_TEST_INTL, JSON.stringify(counts)));",
    ].join('\n'),
  );

  it.each(['--sandbox status', '--lang zh-CN --sandbox status', '--sandbox plans', '--sandbox history', '--sandbox check', 'carriers'])('%s: none', (command) => {
    const counts = join(temp, 'intl.json');
    const run = spawnSync(process.execPath, ['--require', counter, BIN, ...command.split(' ')], { env: testEnv(home, { LEB_TEST_INTL: counts, LEB_NO_KEYRING: '1' }), encoding: 'utf8' });
    expect([0, 10, 11], run.stderr).toContain(run.status);
    expect(JSON.parse(readFileSync(counts, 'utf8'))).toEqual({ NumberFormat: 0, DateTimeFormat: 0, Collator: 0, localeCompare: 0 });
  });
});

describe('a run on a terminal', () => {
  // A table on a terminal is measured (io/width.ts): string-width, which takes 35 to 55 ms to start, only for
  // text leb cannot count itself; the demo lines' coloured cells, "—" and "·" it can.
  it('--sandbox status draws its coloured table without string-width or ICU', async () => {
    const list = join(temp, 'loaded-tty.json');
    const counts = join(temp, 'intl-tty.json');
    const session = spawnLeb(['--sandbox', 'status'], home, { NO_COLOR: undefined, LEB_TEST_LOADED: list, LEB_TEST_INTL: counts, LEB_NO_KEYRING: '1' }, {
      cols: 160,
      nodeArgs: ['--require', preload, '--require', join(temp, 'count-intl.cjs')],
    });
    await session.waitFor('Days left');
    expect(await session.exited, session.output()).toBe(0);
    expect(session.raw()).toMatch(/\u001b\[[0-9;]*m/); // coloured: the cells measured hold SGR escapes
    const { files } = JSON.parse(readFileSync(list, 'utf8')) as { files: string[] };
    expect(files.filter((file) => file.includes('string-width'))).toEqual([]);
    expect(JSON.parse(readFileSync(counts, 'utf8'))).toEqual({ NumberFormat: 0, DateTimeFormat: 0, Collator: 0, localeCompare: 0 });
  });
});

describe('the start-up code cache of a run that ends with an answer other than 0', () => {
  // A cron job's `leb check` exits 10 or 11 for as long as a line needs attention: that is its answer, and the
  // next run should start from the code it compiled. A usage error (exit 2) still leaves LEB_HOME untouched.
  it('check (exit 11 on the sandbox) saves its own data; a usage error saves none', async () => {
    const checkHome = join(temp, 'check-home');
    const failed = await runBin(['--sandbox', 'check', '--warn-days', 'soon'], { home: checkHome });
    expect(failed.code).toBe(2);
    expect(() => readdirSync(checkHome)).toThrow();
    // The first run makes LEB_HOME (the sandbox's state), which a run never does for a cache alone.
    for (const run of [1, 2]) {
      const checked = await runBin(['--sandbox', 'check'], { home: checkHome });
      expect(checked.code, `run ${run}: ${checked.stderr}`).toBe(11);
    }
    expect(readdirSync(join(checkHome, 'cache'))).toEqual(expect.arrayContaining(['startup-code-main-check.bin', 'startup-code-messages-en.bin']));
  });
});

describe('a run whose output goes to /dev/null', () => {
  // Node's stream for /dev/null is a file stream that loads the stream machinery; leb writes it with write(2).
  it('check >/dev/null 2>&1 loads neither stream nor tty, and exits with its answer', () => {
    const { builtins } = loads(['--sandbox', 'check'], home, { exitCode: 11, toDevNull: true });
    expect(builtins.filter((name) => ['stream', 'tty', 'net'].includes(name))).toEqual([]);
  });
});

describe('what a run that talks HTTP loads', () => {
  const httpHome = join(temp, 'http-home');
  const serverHome = join(temp, 'server-home');
  let stop = async () => {};
  beforeAll(async () => {
    const served = await serveBinary(serverHome);
    stop = async () => {
      served.child.kill('SIGKILL');
      await served.exited;
    };
    const { url, login, password } = served.hello;
    const added = await runBin(['account', 'add', 'local', '--provider', 'http', '--endpoint', url, '--login', login, '--password-stdin'], {
      home: httpHome,
      env: { LEB_NO_KEYRING: '1' },
      stdin: `${password}\n`,
    });
    expect(added.code, added.stderr).toBe(0);
  });
  afterAll(() => stop());

  // scripts/vendor/undici.cjs: undici's Agent and request(), not its index (fetch, WebSocket, caches), one of
  // whose modules made Node load its own copy of undici; and no HTTP/2, which leb never offers.
  it("status: undici without node:http2 or Node's own undici", () => {
    const { files, builtins } = loads(['status', '--json'], httpHome);
    expect(files).toContain('dist/vendor/undici.cjs');
    expect(builtins.filter((name) => name === 'http2' || name.includes('deps/undici'))).toEqual([]);
  });

  // scripts/vendor/wasm-tiering.cjs changes V8's flags while llhttp compiles; left changed, every run would
  // refuse the code cache the run before it made, and write it again (a new file, renamed over the old one).
  it('status: the start-up code caches one run makes are the ones the next run uses', async () => {
    const caches = () =>
      Object.fromEntries(
        readdirSync(join(httpHome, 'cache'))
          .filter((name) => name.startsWith('startup-code-'))
          .map((name) => {
            const { ino, mtimeMs } = statSync(join(httpHome, 'cache', name));
            return [name, { ino, mtimeMs }];
          }),
      );
    const first = await runBin(['status', '--json'], { home: httpHome, env: { LEB_NO_KEYRING: '1' } });
    expect(first.code, first.stderr).toBe(0);
    const made = caches();
    expect(Object.keys(made)).toEqual(expect.arrayContaining(['startup-code-main-status.bin', 'startup-code-vendor-undici.bin']));
    const again = await runBin(['status', '--json'], { home: httpHome, env: { LEB_NO_KEYRING: '1' } });
    expect(again.code, again.stderr).toBe(0);
    expect(caches()).toEqual(made);
  });
});
