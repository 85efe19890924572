#!/usr/bin/env node
// Tiny on purpose: load the bundled entry and hand its exit code to Node. Setting exitCode (not calling
// process.exit) lets a large piped --json drain before the process ends.
import { main } from '../dist/main.js';

// `leb status | head -1`: the reader left, which is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
