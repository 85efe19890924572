#!/usr/bin/env node
// Tiny on purpose: answer `leb --version` from the version file the build writes, else load the bundled entry
// and hand its exit code to Node. Setting exitCode (not calling process.exit) lets a large piped --json drain
// before the process ends.
const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The same answer commander gives, without loading it: nothing but the version string is needed.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // `leb status | head -1`: the reader left, which is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(argv);
}
