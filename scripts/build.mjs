// Build dist/ for Node 20 with esbuild, shaped for start-up time (ARCHITECTURE.md, "Start-up"):
//
// - dist/main.cjs: all of src/ plus the small library every run needs (commander), one CommonJS file.
//   Node 20 loads CommonJS without starting its ES module loader (about a tenth of Node's own start-up here) and
//   one file costs one read and one compile, where the ESM chunks this replaced cost a resolve, read and link
//   each (a status run loaded 37 of them). A module reached only through `import()` is still initialised
//   only when that import runs, so a command runs only the code it needs.
// - dist/start.cjs: what bin/leb.js loads first; it compiles main.cjs, and each file of dist/ main.cjs requires,
//   with V8's data from an earlier run when LEB_HOME holds a valid start-up code cache for it
//   (src/start/code-cache.ts), and runs main.
// - dist/vendor/<library>.cjs: each large library bundled on its own and required on first use (http: undici
//   and zod; prompts; spinner; the lock; display width for text other than ASCII), so no run parses what it
//   does not use.
//
// Every library except the optional keyring addon is inside dist/, which is why package.json lists them as
// devDependencies. Minified, without source maps: the package ships what runs, and less text parses faster.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * Libraries loaded only by the runs that use them: import name → file under dist/vendor/, and whether leb uses
 * the library's default export (an ES module's `export default`; see vendorPlugin).
 */
const VENDOR = {
  // scripts/vendor/undici.cjs: only the parts leb uses.
  undici: { file: 'undici', byDefault: false, entry: 'scripts/vendor/undici.cjs' },
  zod: { file: 'zod', byDefault: false },
  'proper-lockfile': { file: 'proper-lockfile', byDefault: false },
  // Functions, each required on its first call rather than when io/width.ts loads (see vendorPlugin): most text
  // is measured without string-width, and ASCII without either.
  'string-width': { file: 'string-width', byDefault: true, onFirstCall: true },
  'get-east-asian-width': { file: 'east-asian-width', byDefault: false, onFirstCall: ['eastAsianWidth'] },
  ora: { file: 'ora', byDefault: true },
  // Loaded by the first `new Chalk()`, which a run makes only when it colours something (cli/context.ts).
  chalk: { file: 'chalk', byDefault: false, onFirstNew: ['Chalk'] },
  '@inquirer/select': { file: 'inquirer-select', byDefault: true },
  '@inquirer/input': { file: 'inquirer-input', byDefault: true },
  '@inquirer/confirm': { file: 'inquirer-confirm', byDefault: true },
  '@inquirer/password': { file: 'inquirer-password', byDefault: true },
  '@inquirer/search': { file: 'inquirer-search', byDefault: true },
};

const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node20.18', minify: true, legalComments: 'linked', logLevel: 'warning' };

/**
 * An import of a vendored library becomes a tiny bundled module that requires the vendor file. Bundled, so
 * `import()` of it turns into a plain require() (no ES module loader), and a static import of it (zod in the
 * http wire schemas) runs when the importing module is first initialised, not at start-up. src/ is ES modules
 * in a "type": "module" package, so esbuild gives an import of CommonJS Node's meaning (the default export is
 * module.exports): for a library whose own default export leb uses, module.exports is that default. A library
 * that is one function (onFirstCall: true), or whose named functions leb calls (onFirstCall: [names]), becomes
 * functions that require the vendor file when first called, for a module that imports it statically but needs
 * it only sometimes (io/width.ts).
 */
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    const names = Object.keys(VENDOR).map((name) => name.replace(/[/]/g, '\\/'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: vendorModule(args.path, './vendor/'), loader: 'js' }));
    b.onResolve({ filter: /.*/, namespace: 'vendor' }, (args) => ({ path: args.path, external: true }));
  },
};

/** The module an import of the vendored library `name` becomes, requiring its file from `dir` (see vendorPlugin). */
function vendorModule(name, dir) {
  const { file, byDefault, onFirstCall, onFirstNew } = VENDOR[name];
  const load = `require('${dir}${file}.cjs')${byDefault ? '.default' : ''}`;
  if (onFirstCall === true) return `let real; module.exports = (...args) => (real ??= ${load})(...args);`;
  if (onFirstCall) {
    const functions = onFirstCall.map((fn) => `${fn}: (...args) => (real ??= ${load}).${fn}(...args)`);
    return `let real; module.exports = { ${functions.join(', ')} };`;
  }
  if (onFirstNew) {
    // Classes whose module is required by the first `new` of one of them (a constructor that returns an
    // object makes `new` give that object).
    const classes = onFirstNew.map((cls) => `${cls}: function ${cls}(...args) { return new (load().${cls})(...args); }`);
    return `let real; const load = () => (real ??= ${load}); module.exports = { ${classes.join(', ')} };`;
  }
  return `module.exports = ${load};`;
}

/**
 * ora counts the rows its text takes with string-width, which builds an Intl.Segmenter and the pattern of every
 * emoji sequence as it loads and compiles that pattern on first use: 20 to 35 ms of a spinner's first frame, on
 * every run slow enough to show one. ora gets src/io/width.ts's displayWidth instead, which counts leb's
 * spinner texts itself; its own string-width and get-east-asian-width are the vendor files beside ora.cjs,
 * required on first use.
 */
const width = fileURLToPath(new URL('../src/io/width.ts', import.meta.url));
const oraWidth = {
  name: 'ora-width',
  setup(b) {
    b.onResolve({ filter: /^(string-width|get-east-asian-width)$/ }, (args) =>
      args.importer === width ? { path: args.path, namespace: 'sibling-vendor' } : args.path === 'string-width' ? { path: 'display-width', namespace: 'ora-width' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'ora-width' }, () => ({ contents: `export { displayWidth as default } from ${JSON.stringify(width)};`, loader: 'js', resolveDir: dirname(width) }));
    b.onLoad({ filter: /.*/, namespace: 'sibling-vendor' }, (args) => ({ contents: vendorModule(args.path, './'), loader: 'js' }));
    b.onResolve({ filter: /.*/, namespace: 'sibling-vendor' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * commander requires child_process at load, for stand-alone executable subcommands, which leb has none of, and
 * src/ needs it only to open a browser (`--web`) or run a check hook; loading it (and net, which it pulls) is a
 * few per cent of every start. commander's require gets an object that loads it on first property read; src/'s
 * named imports are lazy built-ins (below), since a named import cannot be read from such an object.
 */
const lazyChildProcessPlugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /^child_process$/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * Built-in modules src/ needs only now and then, each of whose imported functions becomes one that loads the
 * module on its first call: node:crypto names a temporary file or a token, after most of a run is done, and
 * plans or --help never do (loading it costs a few per cent of a start); node:os gives the home directory only
 * when HOME is not set (LEB_HOME unset on Windows, say), and loading it was 0.4 ms of every run;
 * node:child_process opens a browser or runs a check hook (every run initialises modules that import it, through
 * the context). Importing a function not listed here fails the build, loudly.
 */
const LAZY_BUILTINS = {
  crypto: ['createHash', 'randomBytes', 'randomUUID', 'timingSafeEqual'],
  os: ['homedir'],
  child_process: ['spawn'],
};
const lazyBuiltinsPlugin = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^node:(${Object.keys(LAZY_BUILTINS).join('|')})$`) }, (args) =>
      /[\\/]src[\\/]/.test(args.importer) ? { path: args.path.slice('node:'.length), namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: [
        `let real; const load = () => (real ??= require('node:${args.path}'));`,
        ...LAZY_BUILTINS[args.path].map((name) => `export function ${name}(...args) { return load().${name}(...args); }`),
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * chalk detects colour support when it loads (loading tty and os to do it) for its default instances, which
 * leb never uses: every Chalk leb makes is given its level by io/streams.ts colorLevel(). Skip the detection.
 */
const noColorDetectionPlugin = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

/**
 * One file per language under dist/messages/, required the first time a message of that language is asked for,
 * so an English run never parses or builds the Chinese catalogue (a quarter of the bundle) and the reverse.
 * src/io/messages/index.ts imports both catalogues statically; here each import becomes a module whose export
 * is a getter that requires the language's file.
 */
const CATALOGUES = { 'en.ts': 'en', 'zh-CN.ts': 'zhCN' };
const catalogueDir = new URL('../src/io/messages/', import.meta.url).pathname;
const lazyCataloguePlugin = {
  name: 'lazy-catalogue',
  setup(b) {
    b.onResolve({ filter: /^\.\/(en|zh-CN)\.js$/ }, (args) =>
      args.importer === `${catalogueDir}index.ts` ? { path: args.path.slice(2, -3), namespace: 'catalogue' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'catalogue' }, (args) => ({
      contents: `Object.defineProperty(exports, '${CATALOGUES[`${args.path}.ts`]}', { enumerable: true, get: () => require('./messages/${args.path}.cjs').${CATALOGUES[`${args.path}.ts`]} });`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/messages\//, namespace: 'catalogue' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * A native addon (.node per platform) cannot be bundled: the optional keyring addon loads from node_modules at run
 * time, if installed. dist/start.cjs compiles main.cjs as a script (src/start/start.ts), where an `import()` has no
 * module loader to answer it, so leb's `import()` of the addon (CommonJS) becomes a require: esbuild turns
 * `import()` of a bundled module into one, and this bundled module is that require.
 */
const keyringByRequirePlugin = {
  name: 'keyring-by-require',
  setup(b) {
    b.onResolve({ filter: /^@napi-rs\/keyring$/ }, (args) => (args.namespace === 'keyring' ? { path: args.path, external: true } : { path: args.path, namespace: 'keyring' }));
    b.onLoad({ filter: /.*/, namespace: 'keyring' }, () => ({ contents: "module.exports = require('@napi-rs/keyring');", loader: 'js' }));
  },
};

const built = await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.cjs',
  metafile: true,
  define: { __LEB_VERSION__: JSON.stringify(pkg.version) },
  plugins: [keyringByRequirePlugin, vendorPlugin, lazyChildProcessPlugin, lazyBuiltinsPlugin, noColorDetectionPlugin, lazyCataloguePlugin],
});
const dynamicImports = Object.values(built.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.kind === 'dynamic-import' && i.external));
if (dynamicImports.length > 0) throw new Error(`dist/main.cjs must not import() outside the bundle (start.cjs runs it as a script): ${dynamicImports.map((i) => i.path).join(', ')}`);

// proper-lockfile reaches fs through graceful-fs, which patches fs on load to queue opens past the process's
// file limit: a few per cent of a start, for a lock that opens no files. Plain fs does the same job here.
const plainFs = {
  name: 'plain-fs',
  setup(b) {
    b.onResolve({ filter: /^graceful-fs$/ }, () => ({ path: 'graceful-fs', namespace: 'plain-fs' }));
    b.onLoad({ filter: /.*/, namespace: 'plain-fs' }, () => ({ contents: "module.exports = require('node:fs');", loader: 'js' }));
  },
};

// proper-lockfile's signal-exit checks one argument with node:assert, whose error class builds process.stderr
// (to decide on colour) as it loads: for a pipe, net and the stream machinery (src/io/fd-output.ts). The same
// check without it.
const plainAssert = {
  name: 'plain-assert',
  setup(b) {
    b.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: 'assert', namespace: 'plain-assert' }));
    b.onLoad({ filter: /.*/, namespace: 'plain-assert' }, () => ({
      contents: 'module.exports = { equal(actual, expected, message) { if (actual != expected) throw new TypeError(message); } };',
      loader: 'js',
    }));
  },
};

/**
 * undici's HTTP/2 client requires node:http2 when it loads, though only a connection that agreed on h2 uses it,
 * and leb's Agent never offers h2 (allowH2 stays false, its default): node:http2 and the stream internals it
 * pulls were 15 ms of every run that talks HTTP. What the client reads from it when it loads: the constants,
 * none of which an HTTP/1.1 connection uses.
 */
const noHttp2 = {
  name: 'no-http2',
  setup(b) {
    b.onResolve({ filter: /^(node:)?http2$/ }, () => ({ path: 'http2', namespace: 'no-http2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-http2' }, () => ({ contents: 'module.exports = { constants: {} };', loader: 'js' }));
  },
};

/**
 * undici's llhttp compiled by scripts/vendor/wasm-tiering.cjs, with tiering up off: its two compiles, as
 * undici 7 writes them. The build fails, loudly, if undici no longer compiles it that way.
 */
const llhttpTiering = {
  name: 'llhttp-tiering',
  setup(b) {
    b.onLoad({ filter: /[\\/]undici[\\/]lib[\\/]dispatcher[\\/]client-h1\.js$/ }, (args) => {
      const tiering = JSON.stringify(fileURLToPath(new URL('./vendor/wasm-tiering.cjs', import.meta.url)));
      const source = readFileSync(args.path, 'utf8');
      const compiles = source.split('new WebAssembly.Module(').length - 1;
      if (compiles !== 2) throw new Error(`${args.path}: expected 2 WebAssembly compiles of llhttp, found ${compiles} (scripts/vendor/wasm-tiering.cjs)`);
      return { contents: source.replaceAll('new WebAssembly.Module(', `require(${tiering}).compileWasm(`), loader: 'js' };
    });
  },
};

const VENDOR_PLUGINS = { 'proper-lockfile': [plainFs, plainAssert], undici: [noHttp2, llhttpTiering], chalk: [noColorDetectionPlugin], ora: [oraWidth] };
await Promise.all(
  Object.entries(VENDOR).map(([name, { file, entry }]) =>
    build({ ...common, entryPoints: [entry ?? name], outfile: `dist/vendor/${file}.cjs`, plugins: VENDOR_PLUGINS[name] ?? [] }),
  ),
);

await Promise.all(
  Object.keys(CATALOGUES).map((file) => build({ ...common, entryPoints: [`src/io/messages/${file}`], outfile: `dist/messages/${file.replace(/\.ts$/, '.cjs')}` })),
);

// Built last: the start-up code cache is keyed by each file's content, so data V8 made from another build of a
// file is never used for it (src/start/start.ts).
//
// Each of these files is loaded only by start.cjs, which compiles it as the script Node's require would make of
// it: the build puts Node's module wrapper around it once, on a line of its own, so no run has to (joining the
// wrapper to 350 KB of text at run time made V8 copy it all again). They are not modules to require directly.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {\n', '\n});\n'];
const distFiles = {};
for (const path of ['main.cjs', ...Object.values(VENDOR).map(({ file }) => `vendor/${file}.cjs`), ...Object.keys(CATALOGUES).map((file) => `messages/${file.replace(/\.ts$/, '.cjs')}`)]) {
  const url = new URL(`../dist/${path}`, import.meta.url);
  const wrapped = `${WRAPPER[0]}${readFileSync(url, 'utf8')}${WRAPPER[1]}`;
  writeFileSync(url, wrapped);
  distFiles[path] = createHash('sha256').update(wrapped).digest('hex');
}
await build({ ...common, entryPoints: ['src/start/start.ts'], outfile: 'dist/start.cjs', plugins: [lazyBuiltinsPlugin], define: { __LEB_DIST_FILES__: JSON.stringify(distFiles) } });
