#!/usr/bin/env node
// Tiny on purpose, and CommonJS (bin/package.json says so): an ES module entry would start Node's module
// loader, about a tenth of Node's own start-up. `leb --version` is answered from package.json alone; anything
// else loads the bundle through dist/start.cjs (which compiles it, and the files of dist/ it requires, with the
// start-up code cache when LEB_HOME has a valid one, and with this module's class, Node's Module: requiring
// node:module for it would load Node's ES module loader too) and hands its exit code to Node. Setting exitCode (not
// calling process.exit) lets a large piped --json drain before the process ends. Nothing here touches
// process.stdout or process.stderr: building them costs a pipe run several milliseconds (src/io/fd-output.ts).
'use strict';

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The answer commander would give, without loading it; written straight to the descriptor, or through
  // Node's stream when it cannot take it at once. A reader that has already gone is no failure.
  const text = `${require('../package.json').version}\n`;
  try {
    require('node:fs').writeSync(1, text);
  } catch (error) {
    if (error.code === 'EAGAIN') {
      // A reader that leaves before the stream drains is no failure either.
      process.stdout.on('error', () => {});
      process.stdout.write(text);
    } else if (error.code !== 'EPIPE') process.exitCode = 9;
  }
} else {
  require('../dist/start.cjs')
    .start(argv, require('node:path').join(__dirname, '..', 'dist'), module.constructor)
    .then((code) => {
      process.exitCode = code;
      // After Ctrl-C (130) everything worth keeping is written; a timer or socket still open must not hold the exit.
      if (code === 130) setTimeout(() => process.exit(130), 100).unref();
    });
}
