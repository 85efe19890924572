// npm run bench: how fast leb starts, and how fast `leb status` reads a 1000-line fleet over HTTP from
// `leb sandbox serve --lines 1000 --latency 20` (a sequential client needs 1000 × 20 ms = 20 s at least).
// Not part of npm test: timings depend on the machine. BENCH_RUNS (default 5) sets the repetitions;
// BENCH_SEQUENTIAL=1 also measures --concurrency 1 for comparison (takes 20+ s).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/leb.js');
const PRELOAD = join(ROOT, 'scripts/bench-rss.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LINES = 1000;
const LATENCY_MS = 20;

const temp = () => mkdtempSync(join(tmpdir(), 'leb-bench-'));
const serverHome = temp();
const clientHome = temp();
const baseEnv = { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1', LEB_NO_KEYRING: '1' };

/** Run leb once; resolves with wall time (ms), peak RSS (KiB), exit code and output. */
function leb(args, { home = clientHome, stdin } = {}) {
  const rssFile = join(home, `.rss-${process.hrtime.bigint()}`);
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PRELOAD, BIN, ...args], {
      env: { ...baseEnv, LEB_HOME: home, LEB_BENCH_RSS_FILE: rssFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKiB = null;
      try {
        rssKiB = Number(readFileSync(rssFile, 'utf8'));
        rmSync(rssFile);
      } catch {}
      resolvePromise({ ms, rssKiB, code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

function startServer() {
  const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--port', '0', '--json', '--lines', String(LINES), '--latency', String(LATENCY_MS), '--seed', '1'], {
    env: { ...baseEnv, LEB_HOME: serverHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolvePromise({ child, hello: JSON.parse(out.slice(0, out.indexOf('\n'))) });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`sandbox serve exited with ${code}`)));
  });
}

async function measure(label, args, check) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await leb(args);
    if (run.code !== 0) throw new Error(`${label}: exit ${run.code}\n${run.stderr}`);
    check?.(run);
    runs.push(run);
  }
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = Math.max(...runs.map((r) => r.rssKiB ?? 0));
  return { label, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], rssMiB: rss / 1024 };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const { child: server, hello } = await startServer();
try {
  const added = await leb(['account', 'add', 'fleet', '--provider', 'http', '--endpoint', hello.url, '--login', hello.login, '--password-stdin'], { stdin: hello.password });
  if (added.code !== 0) throw new Error(`account add failed: ${added.stderr}`);

  const rows = [];
  rows.push(await measure('leb --version', ['--version']));
  rows.push(await measure('leb --sandbox status', ['--sandbox', 'status']));
  rows.push(
    await measure(`leb status --json (${LINES} lines over HTTP, ${LATENCY_MS} ms latency)`, ['status', '--json'], (run) => {
      const count = JSON.parse(run.stdout).length;
      if (count !== LINES) throw new Error(`status returned ${count} lines, expected ${LINES}`);
    }),
  );
  if (process.env.BENCH_SEQUENTIAL) {
    const saved = RUNS;
    rows.push({ ...(await measure('same with --concurrency 1', ['status', '--json', '--concurrency', '1'])), note: `runs: ${saved}` });
  }

  const sequentialMs = LINES * LATENCY_MS;
  const width = Math.max(...rows.map((r) => r.label.length), 'sequential client (lower bound)'.length);
  const line = (cells) => `${cells[0].padEnd(width)}  ${cells.slice(1).map((c) => c.padStart(9)).join('  ')}`;
  console.log(`\nleb bench (${RUNS} runs each, Node ${process.version}, ${process.platform}/${process.arch})\n`);
  console.log(line(['', 'median', 'min', 'max', 'peak RSS']));
  for (const r of rows) console.log(line([r.label, fmt(r.median), fmt(r.min), fmt(r.max), `${r.rssMiB.toFixed(0)} MiB`]));
  console.log(line(['sequential client (lower bound)', fmt(sequentialMs), '', '', '']));
  const fleet = rows[2];
  console.log(`\nstatus over HTTP: ${fmt(fleet.median)} = ${((fleet.median / sequentialMs) * 100).toFixed(1)}% of the sequential ${fmt(sequentialMs)}`);
} finally {
  server.kill('SIGTERM');
  rmSync(serverHome, { recursive: true, force: true });
  rmSync(clientHome, { recursive: true, force: true });
}
