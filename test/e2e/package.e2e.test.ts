// What `npm install -g leb` gets: the tarball `npm pack` makes, unpacked into a directory with no node_modules
// anywhere above it, must run on its own. Every library is in the bundle; the keyring addon is optional, and
// without it tokens go to the 0600 file. No network: pack and tar are local, the only server is `sandbox
// serve` from the unpacked package itself, on 127.0.0.1.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type CliResult } from '../helpers/cli.js';
import { serveBinary } from '../helpers/serve.js';

const ROOT = resolve(import.meta.dirname, '../..');

interface Packed {
  /** The unpacked package directory (…/package). */
  dir: string;
  /** Paths inside the tarball, relative to the package. */
  files: string[];
}

/** `npm pack` (npm test has just built dist/), then `tar -x` into a fresh temporary directory. */
function packAndUnpack(into: string): Packed {
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], { cwd: ROOT, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [report] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tar = spawnSync('tar', ['-xzf', join(into, report!.filename), '-C', into], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  return { dir: join(into, 'package'), files: report!.files.map((f) => f.path) };
}

function runPacked(bin: string, argv: string[], home: string, options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { env: testEnv(home, options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const serve = (bin: string, home: string) => serveBinary(home, ['--seed', '5'], bin);

describe('the packed tarball', () => {
  const temp = mkdtempSync(join(tmpdir(), 'leb-pack-'));
  const home = join(temp, 'home');
  let packed: Packed;
  let bin: string;
  const leb = (argv: string[], options?: { env?: NodeJS.ProcessEnv; stdin?: string }) => runPacked(bin, argv, home, options);

  beforeAll(() => {
    packed = packAndUnpack(temp);
    bin = join(packed.dir, 'bin/leb.js');
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ships bin, dist without source maps, docs and the three documents, and nothing else', () => {
    const tops = new Set(packed.files.map((f) => f.split('/')[0]));
    expect([...tops].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'dist', 'docs', 'package.json']);
    expect(packed.files).toEqual(expect.arrayContaining(['bin/leb.js', 'bin/package.json', 'dist/main.cjs', 'dist/vendor/undici.cjs', 'dist/vendor/inquirer-select.cjs']));
    expect(packed.files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('asks npm for nothing but the optional keyring addon', () => {
    const manifest = JSON.parse(readFileSync(join(packed.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.optionalDependencies as object)).toEqual(['@napi-rs/keyring']);
  });

  it('has no node_modules to lean on', () => {
    for (let dir = packed.dir; dir !== dirname(dir); dir = dirname(dir)) expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
  });

  it('runs status, topup --yes and account add on the sandbox', async () => {
    expect((await leb(['--version'])).stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);

    const status = await leb(['--sandbox', 'status', '--json']);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    const lines = JSON.parse(status.stdout) as Array<{ line: string }>;
    expect(lines.length).toBeGreaterThan(0);

    const line = lines[0]!;
    const topup = await leb(['--sandbox', 'topup', '--line', line.line, '--amount', '20', '--method', 'card', '--yes', '--json']);
    expect(topup.code, topup.stderr).toBe(0);
    const receipt = JSON.parse(topup.stdout) as { order: { status: string }; before: { balance: { amount: string } }; after: { balance: { amount: string } } };
    expect(receipt.order.status).toBe('succeeded');
    expect(Number(receipt.after.balance.amount) - Number(receipt.before.balance.amount)).toBeCloseTo(20, 2);

    const added = await leb(['account', 'add', 'demo', '--provider', 'sandbox']);
    expect(added.code, added.stderr).toBe(0);
    const listed = await leb(['account', 'list', '--json']);
    expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((a) => a.name)).toEqual(['demo']);
  });

  it('talks HTTP from the bundle, and keeps tokens in the 0600 file when the keyring addon is not installed', async () => {
    const { child, hello } = await serve(bin, join(temp, 'server'));
    try {
      // A session bus is announced, so leb tries the keyring; the addon is not there, so the file takes the tokens.
      const env = { DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(temp, 'no-bus')}` };
      const added = await leb(['account', 'add', 'hk', '--provider', 'http', '--endpoint', hello.url, '--login', hello.login, '--password-stdin'], { env, stdin: hello.password });
      expect(added.code, added.stderr).toBe(0);
      expect(statSync(join(home, 'credentials.json')).mode & 0o777).toBe(0o600);
      const status = await leb(['status', '--account', 'hk', '--json'], { env });
      expect(status.code, status.stderr).toBe(0);
      expect((JSON.parse(status.stdout) as unknown[]).length).toBeGreaterThan(0);
    } finally {
      // serve saves its start-up code cache under its LEB_HOME as it exits: let it finish before the home goes.
      if (child.exitCode === null && child.signalCode === null) {
        const closed = new Promise((resolve) => child.once('close', resolve));
        child.kill('SIGTERM');
        await closed;
      }
    }
  });
});
