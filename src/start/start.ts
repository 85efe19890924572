// What bin/leb.js runs (as dist/start.cjs) for anything but --version: load dist/main.cjs through the start-up
// code cache (code-cache.ts) and run main. Compiling the bundle was the largest part of a run that Node's own
// start-up does not account for; with V8's data from an earlier run, the bundle's functions are deserialized
// instead. Built on its own, before main.cjs is loaded, so it imports only what it needs (resolveHome).

import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { resolveHome } from '../store/paths.js';
import { cacheLocation, readCodeCache, writeCodeCache } from './code-cache.js';

/** The bundle's SHA-256, set by scripts/build.mjs when it builds this file (after main.cjs). */
declare const __LEB_BUNDLE_SHA256__: string | undefined;

type Main = (argv: readonly string[]) => Promise<number>;

/** What the cached data must have been made from: this bundle, on this Node, V8 and architecture. */
export function cacheKey(bundleSha256: string): string {
  return `${bundleSha256} node ${process.version} v8 ${process.versions.v8} ${process.arch}`;
}

/**
 * Run the CommonJS file `file` as Node's require would (same wrapper, its own require, listed in require.cache),
 * compiled with `cachedData` when given. Returns its exports and the compiled script.
 */
export function runBundle(file: string, cachedData: Uint8Array | undefined): { exports: unknown; script: Script } {
  const wrapper = Module.wrap(readFileSync(file, 'utf8'));
  // The wrapper's opening shares line 1 with the bundle: a negative column offset keeps stack positions true.
  const columnOffset = -wrapper.indexOf('{') - 2;
  const script = new Script(wrapper, { filename: file, columnOffset, ...(cachedData ? { cachedData: Buffer.from(cachedData.buffer, cachedData.byteOffset, cachedData.length) } : {}) });
  const require = createRequire(file);
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, script };
}

export async function start(argv: readonly string[], bundleFile: string): Promise<number> {
  const sha256 = typeof __LEB_BUNDLE_SHA256__ === 'string' ? __LEB_BUNDLE_SHA256__ : null;
  const location = sha256 === null ? null : cacheLocation(resolveHome(process.env));
  const key = sha256 === null ? '' : cacheKey(sha256);
  const cached = location ? readCodeCache(location, key) : null;
  const { exports, script } = runBundle(bundleFile, cached ?? undefined);
  const code = await (exports as { main: Main }).main(argv);
  // Made once per bundle, after a run that went well, so it holds the functions that run compiled too. A failed
  // run changes nothing under LEB_HOME, the cache included.
  if (location && code === 0 && (cached === null || script.cachedDataRejected === true)) writeCodeCache(location, key, script.createCachedData());
  return code;
}
