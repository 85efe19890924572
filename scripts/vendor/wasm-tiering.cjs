// undici parses HTTP with llhttp, compiled to WebAssembly on its first connection. V8 runs it as compiled by
// its baseline compiler and, once the parser is hot, recompiles it with its optimising one on a background
// thread, which the process must wait for before it can exit: about 180 ms of CPU and 40 MB of memory for
// every run that talks HTTP, to parse a few kilobytes. So tiering up is off while llhttp compiles and while
// it parses (the build routes both through here: scripts/build.mjs, llhttpTiering).
//
// Only then: V8 keys the start-up code cache to its flags (src/start/code-cache.ts), and a file compiled, or
// a cache made, while they differ from the defaults would be refused by the next run. These two flags, set
// and reset, leave V8's flags as they were (test/e2e/startup.e2e.test.ts checks that the caches an http run
// makes are used by the next).
//
// Only on the V8 this was checked on (Node 20's 11.3): V8 renames and retires flags, and an unknown one makes
// setFlagsFromString print an error on stderr. Elsewhere V8 keeps its defaults: slower, never wrong.
'use strict';

const CHECKED_V8 = /^11\.3\./.test(process.versions.v8);
const setFlags = CHECKED_V8 ? require('node:v8').setFlagsFromString : null;

/** `run()` with WebAssembly tiering up off. */
function untiered(run) {
  if (setFlags === null) return run();
  setFlags('--no-wasm-tier-up --no-wasm-dynamic-tiering');
  try {
    return run();
  } finally {
    setFlags('--wasm-tier-up --wasm-dynamic-tiering');
  }
}

exports.untiered = untiered;
exports.compileWasm = (bytes) => untiered(() => new WebAssembly.Module(bytes));
