#!/usr/bin/env node
// Tiny on purpose, and CommonJS (bin/package.json says so): an ES module entry would start Node's module
// loader, about a tenth of Node's own start-up. `leb --version` is answered from package.json alone; anything
// else loads the bundle through dist/start.cjs (which compiles it, and the files of dist/ it requires, with the
// start-up code cache when LEB_HOME has a valid one) and hands its exit code to Node. Setting exitCode (not calling process.exit) lets a
// large piped --json drain before the process ends.
'use strict';

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The answer commander would give, without loading it.
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  // `leb status | head -1`: the reader left, which is not an error worth a stack trace. Any other failure to
  // write (a full disk behind `> file`) rejects the write inside main, which says so and exits 9.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  require('../dist/start.cjs')
    .start(argv, require('node:path').join(__dirname, '..', 'dist'))
    .then((code) => {
      process.exitCode = code;
      // After Ctrl-C (130) everything worth keeping is written; a timer or socket still open must not hold the exit.
      if (code === 130) setTimeout(() => process.exit(130), 100).unref();
    });
}
