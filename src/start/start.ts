// What bin/leb.js runs (as dist/start.cjs) for anything but --version: load dist/main.cjs through the start-up
// code cache (code-cache.ts), and with it every file of dist/ it requires (a language's messages, a vendored
// library such as undici or zod), then run main. Compiling them was the largest part of a run that Node's own
// start-up does not account for (about 40 ms for main.cjs, 50 for undici and zod on a busy two-core machine);
// with V8's data from an earlier run they are deserialized instead. Built on its own, before main.cjs is loaded,
// so it imports only what it needs (resolveHome, the command names).
//
// The bundle's data is kept per top-level command (startup-code-main-status.bin, ...; startup-code-main.bin for
// a run that names none, such as --help): V8's data holds the functions the run that made it compiled, and a
// command run with another command's data compiled its own part again every time (measured: `status` with the
// data `--help` left ran 9 ms slower than with its own, `--help` with status's 6 ms). A command's first run
// borrows another command's data for the bundle, then saves its own.

import { readdirSync, readFileSync } from 'node:fs';
import type { Module } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';
import { resolveHome } from '../store/paths.js';
import { COMMAND_NAMES } from '../cli/command-names.js';
import { cacheDir, cacheLocation, readCodeCache, writeCodeCache } from './code-cache.js';
import { ExitCode } from '../errors.js';

/**
 * Each file of dist/ that is loaded through this loader (its path under dist/, as main.cjs requires it) and
 * its SHA-256, set by scripts/build.mjs when it builds this file (after all the others).
 */
declare const __LEB_DIST_FILES__: Record<string, string> | undefined;

type Main = (argv: readonly string[]) => Promise<number>;

/** What a script's cached data must have been made from: this file's content, on this Node, V8 and CPU. */
export function cacheKey(sha256: string): string {
  return `${sha256} node ${process.version} v8 ${process.versions.v8} ${process.arch}`;
}

/** "main.cjs" → "main", "vendor/undici.cjs" → "vendor-undici": the name of its cache file. */
export function cacheName(path: string): string {
  return path
    .replace(/\.cjs$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/**
 * The top-level command `argv` runs, as far as the cache needs to know: the first word that is a command's
 * name, or null (`leb --help`, `leb` alone). A value that happens to be a command's name (`--account line`) only
 * picks another command's data, which is still valid.
 */
export function commandOf(argv: readonly string[]): string | null {
  return argv.find((word) => (COMMAND_NAMES as readonly string[]).includes(word)) ?? null;
}

/**
 * Node's Module class, with createRequire. bin/leb.js hands over its own module's class (`module.constructor`):
 * importing node:module would load Node's ES module loader with it, most of a millisecond of every run.
 */
export type ModuleClass = typeof Module;

/**
 * Run the file `file` of dist/ as Node's require would run a CommonJS module (same arguments, listed in
 * require.cache), with `require` as its require, compiled with `cachedData` when given. Returns its exports and
 * the compiled script. The build has already put Node's module wrapper around each such file, on a line of its
 * own (scripts/build.mjs): wrapping it here made V8 copy the whole text once more (a joined string is made
 * flat before it is compiled), 350 KB of memory touched on every run.
 */
export function runScript(file: string, require: NodeJS.Require, cachedData: Uint8Array | null, ModuleClass: ModuleClass): { exports: unknown; script: Script } {
  // Stack positions are those of the file as it is on disk, wrapper line included.
  const script = new Script(readFileSync(file, 'utf8'), { filename: file, ...(cachedData ? { cachedData: Buffer.from(cachedData.buffer, cachedData.byteOffset, cachedData.length) } : {}) });
  const module = new ModuleClass(file);
  module.filename = file;
  require.cache[file] = module;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, script };
}

/** Loads dist/ files through the code cache, and afterwards saves what a later run can use. */
export class CachedLoader {
  private readonly loaded = new Map<string, unknown>();
  /** Scripts compiled without usable data this run: their data is saved after a run that went well. */
  private readonly unsaved: { name: string; key: string; script: Script }[] = [];

  constructor(
    private readonly distDir: string,
    private readonly files: Readonly<Record<string, string>>,
    private readonly dir: string | null,
    /** Files whose data is kept per command, and this run's command ("main.cjs" → "status"; null: none). */
    private readonly variants: Readonly<Record<string, string | null>>,
    private readonly ModuleClass: ModuleClass,
  ) {}

  /** The exports of dist/`path` (for instance "main.cjs"), loaded once. */
  load(path: string): unknown {
    if (this.loaded.has(path)) return this.loaded.get(path);
    const file = join(this.distDir, path);
    const sha256 = this.files[path];
    const perCommand = Object.hasOwn(this.variants, path);
    const variant = this.variants[path] ?? null;
    const name = variant === null ? cacheName(path) : `${cacheName(path)}-${variant}`;
    const key = sha256 === undefined ? '' : cacheKey(sha256);
    const location = this.dir === null || sha256 === undefined ? null : cacheLocation(this.dir, name);
    const own = location ? readCodeCache(location, key) : null;
    // A command's first run borrows another command's data (most of the bundle's start is the same for all),
    // then saves its own.
    const cached = own ?? (location && perCommand ? this.borrow(cacheName(path), name, key) : null);
    const { exports, script } = runScript(file, this.requireFor(file), cached, this.ModuleClass);
    if (location && (own === null || script.cachedDataRejected === true)) this.unsaved.push({ name, key, script });
    this.loaded.set(path, exports);
    return exports;
  }

  /** Valid data another command left for the same file ("main" → startup-code-main-*.bin), or null. */
  private borrow(base: string, own: string, key: string): Uint8Array | null {
    if (this.dir === null) return null;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return null;
    }
    const pattern = new RegExp(`^startup-code-(${base}(?:-[a-z]+)?)\\.bin$`);
    const others = names.map((entry) => pattern.exec(entry)?.[1]).filter((name): name is string => name !== undefined && name !== own);
    // Data made from another build is refused after its header; only data of this build is read whole.
    for (const name of others) {
      const data = readCodeCache(cacheLocation(this.dir, name), key);
      if (data !== null) return data;
    }
    return null;
  }

  /** Save V8's data for every script that had none usable; it now includes the functions this run compiled. */
  save(): void {
    if (this.dir === null) return;
    for (const { name, key, script } of this.unsaved.splice(0)) writeCodeCache(cacheLocation(this.dir, name), key, script.createCachedData());
  }

  /** A require for `file`: the dist/ files this loader knows go through it, anything else through Node. */
  private requireFor(file: string): NodeJS.Require {
    const nodeRequire = this.ModuleClass.createRequire(file);
    const distRequire = (id: string): unknown => {
      if (id.startsWith('./') || id.startsWith('../')) {
        const path = relative(this.distDir, join(dirname(file), id)).split(sep).join('/');
        if (Object.hasOwn(this.files, path)) return this.load(path);
      }
      return nodeRequire(id);
    };
    return Object.assign(distRequire, { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: nodeRequire.main, extensions: nodeRequire.extensions }) as NodeJS.Require;
  }
}

/**
 * A run that did its work: exit 0, or `check` reporting a line expiring (10) or expired (11), which a cron
 * job's `leb check` does day after day and which is its answer, not a failure.
 */
export function ranToTheEnd(code: number): boolean {
  return code === ExitCode.ok || code === ExitCode.checkWarning || code === ExitCode.checkCritical;
}

export async function start(argv: readonly string[], distDir: string, ModuleClass: ModuleClass): Promise<number> {
  // Every file start.cjs loads has Node's wrapper around it already, so only this loader can run it: a build
  // without the list would fail later and more obscurely.
  if (typeof __LEB_DIST_FILES__ !== 'object') throw new Error('dist/start.cjs was built without the list of dist/ files (scripts/build.mjs)');
  const loader = new CachedLoader(distDir, __LEB_DIST_FILES__, cacheDir(resolveHome(process.env)), { 'main.cjs': commandOf(argv) }, ModuleClass);
  const code = await (loader.load('main.cjs') as { main: Main }).main(argv);
  // Saved after a run that went well (ranToTheEnd), so the data holds the functions that run compiled too. A
  // run that failed (bad input, a provider that refused) leaves the cache as it was.
  if (ranToTheEnd(code)) loader.save();
  return code;
}
