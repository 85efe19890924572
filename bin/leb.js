#!/usr/bin/env node
// Tiny on purpose: load the bundled entry and hand its exit code to Node. Setting exitCode (not calling
// process.exit) lets a large piped --json drain before the process ends.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
