// undici parses HTTP with llhttp, compiled to WebAssembly on its first connection. V8 compiles each function
// of it on its first call with its baseline compiler and, once one is hot, again with its optimising one on
// a background thread, which the process must wait for before it can exit: about 180 ms of CPU and 40 MB of
// memory for every run that talks HTTP, to parse a few kilobytes. So llhttp is compiled with tiering up off
// and every function at once: code compiled that way never tiers up (checked with
// --trace-wasm-compilation-times: no optimising compile in a 300-line `status`). The build sends undici's
// compile through here (scripts/build.mjs, llhttpTiering).
//
// The flags are changed for the compile alone: V8 keys the start-up code cache to its flags
// (src/start/code-cache.ts), and data made while they differ from the defaults would be refused by the next
// run. Set and reset, these three leave V8's flags as they were (test/e2e/startup.e2e.test.ts checks that
// the caches an http run makes are used by the next).
//
// Only on the V8 this was checked on (Node 20's 11.3): V8 renames and retires flags, and an unknown one makes
// setFlagsFromString print an error on stderr. Elsewhere V8 keeps its defaults: slower, never wrong.
'use strict';

const CHECKED_V8 = /^11\.3\./.test(process.versions.v8);
const setFlags = CHECKED_V8 ? require('node:v8').setFlagsFromString : null;
const OFF = ['wasm-tier-up', 'wasm-dynamic-tiering', 'wasm-lazy-compilation'];

exports.compileWasm = function compileWasm(bytes) {
  if (setFlags === null) return new WebAssembly.Module(bytes);
  setFlags(OFF.map((flag) => `--no-${flag}`).join(' '));
  try {
    return new WebAssembly.Module(bytes);
  } finally {
    setFlags(OFF.map((flag) => `--${flag}`).join(' '));
  }
};
