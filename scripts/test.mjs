// npm test: build, then the type checker and the linter beside vitest, and fail if any of them fails.
//
// The build comes first because the end-to-end tests run dist/. Type checking and linting (about 12 s, mostly
// ESLint's import-cycle rule) need one core for that long; vitest spends much of its time waiting on the
// binaries and local servers its tests start, so running them side by side instead of one after the other
// takes about ten seconds off the suite on two cores. Their output is printed after vitest's, so the two never
// interleave; the exit code is the first failure's.

import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Run a command; resolves with its exit code and, when `capture`, what it printed. npm is a .cmd script on
 * Windows, which Node runs only through the shell; node itself never goes through one (a path with a space,
 * such as C:\Program Files, would be split there).
 */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: command === npm && process.platform === 'win32' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function checks() {
  const results = [];
  for (const script of ['typecheck', 'lint']) {
    const result = await run(npm, ['run', '--silent', script], { capture: true });
    results.push({ script, ...result });
  }
  return results;
}

const build = await run(npm, ['run', '--silent', 'build']);
if (build.code !== 0) process.exit(build.code);

const [checked, vitest] = await Promise.all([checks(), run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)])]);
let code = vitest.code;
for (const { script, code: scriptCode, output } of checked) {
  process.stdout.write(`\n> npm run ${script}: ${scriptCode === 0 ? 'passed' : `failed (exit ${scriptCode})`}\n${output}`);
  if (code === 0) code = scriptCode;
}
process.exitCode = code;
