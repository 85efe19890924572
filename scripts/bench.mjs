// npm run bench: how fast leb starts, measured against `node -e 0` in the same run, how fast `leb status`
// reads a 1000-line fleet over HTTP from `leb sandbox serve --lines 1000 --latency 20` (a sequential client needs
// 1000 × 20 ms = 20 s at least), and how fast it shows 1000 lines leb tracks itself.
//
// Start-up: each round runs every case once, in an order that rotates from round to round, so a busy moment on
// the machine lands on all cases alike; medians over BENCH_ROUNDS (default 15) rounds, and each median divided
// by the median of `node -e 0`. Peak RSS and CPU time (user + system) come from as many separate runs with
// scripts/bench-rss.cjs preloaded, so the timed runs load nothing extra. CPU time says less about what a user
// waits for, but much less than wall time about what else the machine was doing (the load average is printed).
// Not part of npm test: timings depend on the machine. BENCH_RUNS (default 5) sets the fleet repetitions;
// BENCH_FLEET=0 skips both fleets; BENCH_SEQUENTIAL=1 also measures --concurrency 1 (takes 20+ s).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/leb.js');
const PRELOAD = join(ROOT, 'scripts/bench-rss.cjs');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LINES = 1000;
const LATENCY_MS = 20;

const temp = () => mkdtempSync(join(tmpdir(), 'leb-bench-'));
const serverHome = temp();
const clientHome = temp();
const startupHome = temp();
const smallServerHome = temp();
const smallClientHome = temp();
const trackedHome = temp();
const baseEnv = { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1', LEB_NO_KEYRING: '1' };

/**
 * The start-up cases; `ratio` and `rssMiB` are the targets of issue 8. The table for people has none: it is what
 * `leb status` on a terminal costs (messages, money written for people), measured so that it stays in view.
 */
const STARTUP = [
  { label: 'node -e 0', argv: ['-e', '0'] },
  { label: 'leb --version', argv: [BIN, '--version'], ratio: 1.1 },
  { label: 'leb --help', argv: [BIN, '--help'], ratio: 1.3 },
  { label: 'leb --sandbox status --json', argv: [BIN, '--sandbox', 'status', '--json'], ratio: 1.4, rssMiB: 64 },
  { label: 'leb --sandbox plans --json', argv: [BIN, '--sandbox', 'plans', '--json'], ratio: 1.4, rssMiB: 64 },
  { label: 'leb --sandbox status (table)', argv: [BIN, '--sandbox', 'status'] },
];

/** Run node once; resolves with wall time (ms), and with `rss` peak RSS (KiB), CPU time (ms) and minor page faults; exit code and output. */
function run(argv, { home = clientHome, stdin, rss = false } = {}) {
  const rssFile = rss ? join(home, `.rss-${process.hrtime.bigint()}`) : null;
  const env = { ...baseEnv, LEB_HOME: home, ...(rssFile ? { LEB_BENCH_RSS_FILE: rssFile } : {}) };
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...(rss ? ['--require', PRELOAD] : []), ...argv], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKiB = null;
      let cpuMs = null;
      let faults = null;
      if (rssFile) {
        try {
          [rssKiB, cpuMs, faults] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
          rmSync(rssFile);
        } catch {
          // No figure when the child wrote none (it failed before its exit hook).
        }
      }
      resolvePromise({ ms, rssKiB, cpuMs, faults, code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

const leb = (args, options) => run([BIN, ...args], options);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);

async function startup() {
  const times = STARTUP.map(() => []);
  const rss = STARTUP.map(() => []);
  const cpu = STARTUP.map(() => []);
  const faults = STARTUP.map(() => []);
  const once = async (index, withRss) => {
    const result = await run(STARTUP[index].argv, { home: startupHome, rss: withRss });
    if (result.code !== 0) throw new Error(`${STARTUP[index].label}: exit ${result.code}\n${result.stderr}`);
    if (!withRss) return void times[index].push(result.ms);
    rss[index].push(result.rssKiB / 1024);
    cpu[index].push(result.cpuMs);
    faults[index].push(result.faults);
  };
  const loadBefore = loadavg()[0];
  // Warm-up: seeds the sandbox state and fills the OS file cache; not counted.
  for (let i = 0; i < STARTUP.length; i++) await run(STARTUP[i].argv, { home: startupHome });
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < STARTUP.length; k++) await once((round + k) % STARTUP.length, false);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < STARTUP.length; k++) await once((round + k) % STARTUP.length, true);
  }
  const base = median(times[0]);
  const cpuBase = median(cpu[0]);
  let allMet = true;
  const rows = STARTUP.map((c, i) => {
    const m = median(times[i]);
    const ratio = m / base;
    const peak = Math.max(...rss[i]);
    const met = (c.ratio === undefined || ratio <= c.ratio) && (c.rssMiB === undefined || peak <= c.rssMiB);
    allMet &&= met;
    const target = [c.ratio === undefined ? '' : `≤ ${c.ratio}×`, c.rssMiB === undefined ? '' : `≤ ${c.rssMiB} MiB`].filter(Boolean).join(', ');
    const cpuMedian = median(cpu[i]);
    return [c.label, fmt(m), `${ratio.toFixed(2)}×`, fmt(cpuMedian), `${(cpuMedian / cpuBase).toFixed(2)}×`, String(median(faults[i])), `${peak.toFixed(0)} MiB`, target, c.ratio === undefined ? '' : met ? 'met' : 'MISSED'];
  });
  const machine = cpus();
  console.log(`\nleb start-up (${ROUNDS} alternating rounds, and as many for CPU and RSS; Node ${process.version}, ${process.platform}/${process.arch}, ${machine.length} × ${machine[0]?.model.trim() ?? 'cpu'})`);
  console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after: on a busy machine, trust the CPU column more\n`);
  // Minor page faults: memory first touched, which costs about 13 µs a page on these machines and moves much less
  // than time from one run to the next (ARCHITECTURE.md, "Start-up"); the steadiest way to compare two builds.
  table(['', 'wall', 'ratio', 'CPU', 'ratio', 'faults', 'peak RSS', 'target (wall, RSS)', ''], rows);
  return allMet;
}

function table(head, rows) {
  const widths = head.map((_, col) => Math.max(...[head, ...rows].map((r) => r[col].length)));
  for (const row of [head, ...rows]) console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ').trimEnd());
}

function startServer(args, home) {
  const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--port', '0', '--json', ...args], {
    env: { ...baseEnv, LEB_HOME: home },
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

async function measure(label, args, check, home = clientHome) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await leb(args, { rss: true, home });
    if (result.code !== 0) throw new Error(`${label}: exit ${result.code}\n${result.stderr}`);
    check?.(result);
    runs.push(result);
  }
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = Math.max(...runs.map((r) => r.rssKiB ?? 0));
  const cpu = median(runs.map((r) => r.cpuMs));
  return [label, fmt(median(times)), fmt(times[0]), fmt(times[times.length - 1]), fmt(cpu), `${(rss / 1024).toFixed(0)} MiB`];
}

/** Add an http account for `served` in `home`. */
async function addAccount(name, hello, home) {
  const added = await leb(['account', 'add', name, '--provider', 'http', '--endpoint', hello.url, '--login', hello.login, '--password-stdin'], { stdin: hello.password, home });
  if (added.code !== 0) throw new Error(`account add failed: ${added.stderr}`);
}

async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  // serve saves its start-up code cache as it exits: its LEB_HOME is removed only once it has.
  const closed = new Promise((resolveClosed) => server.once('close', resolveClosed));
  server.kill('SIGTERM');
  await closed;
}

async function fleet() {
  // One account of the 4 demo lines on a server with no latency: what a run that talks HTTP costs beyond a
  // sandbox run (loading undici and zod, connecting, parsing). Its warm-up run leaves the code cache in place.
  const servers = [];
  try {
    const small = await startServer([], smallServerHome);
    servers.push(small.child);
    const { child: server, hello } = await startServer(['--lines', String(LINES), '--latency', String(LATENCY_MS), '--seed', '1'], serverHome);
    servers.push(server);
    await addAccount('local', small.hello, smallClientHome);
    await leb(['status', '--json'], { home: smallClientHome });
    await addAccount('fleet', hello, clientHome);
    const rows = [
      await measure('leb status --json (4 lines over HTTP, no latency)', ['status', '--json'], undefined, smallClientHome),
      await measure(`leb status --json (${LINES} lines over HTTP, ${LATENCY_MS} ms latency)`, ['status', '--json'], (result) => {
        const count = JSON.parse(result.stdout).length;
        if (count !== LINES) throw new Error(`status returned ${count} lines, expected ${LINES}`);
      }),
    ];
    if (process.env.BENCH_SEQUENTIAL) rows.push(await measure('same with --concurrency 1', ['status', '--json', '--concurrency', '1']));
    const sequentialMs = LINES * LATENCY_MS;
    console.log(`\nleb status over HTTP (${RUNS} runs each)\n`);
    table(['', 'median', 'min', 'max', 'CPU', 'peak RSS'], [...rows, ['sequential client (lower bound)', fmt(sequentialMs), '', '', '', '']]);
    const fleetRow = rows[1];
    const medianMs = Number.parseFloat(fleetRow[1]) * (fleetRow[1].endsWith(' s') ? 1000 : 1);
    console.log(`\nstatus over HTTP: ${fleetRow[1]} = ${((medianMs / sequentialMs) * 100).toFixed(1)}% of the sequential ${fmt(sequentialMs)}`);
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

/**
 * A reseller's book kept by leb itself: 1000 tracked lines (`leb line import`), no provider to ask. Every line's
 * status comes from lines.json and the carrier's rule, so this is leb's own work per line (it took 2.1 s when
 * lines.json was read again for each line).
 */
async function tracked() {
  const carriers = ['cmhk-prepaid', 'csl-rechargeable', 'smartone-valuegb', '3hk-hahasim', 'giffgaff', 'vodafone-uk-payg'];
  const rows = ['number,carrier,expires,lastActivity,label'];
  for (let i = 0; i < LINES; i++) {
    const carrier = carriers[i % carriers.length];
    const activity = carrier === 'giffgaff' || carrier === 'vodafone-uk-payg';
    const number = activity ? `+447700${String(900000 + i)}` : `+8526${String(1000000 + i).slice(1)}`;
    // Expiries from yesterday to 200 days ahead; last activity from yesterday to 150 days back.
    const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    rows.push([number, carrier, activity ? '' : day((i % 201) - 1), activity ? day(-1 - (i % 150)) : '', `customer ${i}`].join(','));
  }
  const csv = join(trackedHome, 'lines.csv');
  writeFileSync(csv, `${rows.join('\n')}\n`);
  const imported = await leb(['line', 'import', csv], { home: trackedHome });
  if (imported.code !== 0) throw new Error(`line import failed: ${imported.stderr}`);
  await leb(['status', '--json'], { home: trackedHome });
  const row = await measure(`leb status --json (${LINES} tracked lines, no provider)`, ['status', '--json'], (result) => {
    const count = JSON.parse(result.stdout).length;
    if (count !== LINES) throw new Error(`status returned ${count} lines, expected ${LINES}`);
  }, trackedHome);
  console.log(`\nleb status over tracked lines (${RUNS} runs)\n`);
  table(['', 'median', 'min', 'max', 'CPU', 'peak RSS'], [row]);
}

try {
  const met = await startup();
  if (process.env.BENCH_FLEET !== '0') await fleet();
  if (process.env.BENCH_FLEET !== '0') await tracked();
  console.log(met ? '\nEvery start-up target met.' : '\nSome start-up targets missed (see MISSED above).');
} finally {
  for (const dir of [serverHome, clientHome, smallServerHome, smallClientHome, startupHome, trackedHome]) rmSync(dir, { recursive: true, force: true });
}
