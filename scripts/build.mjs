// Bundle src/ into dist/ with esbuild: one ESM entry plus a chunk per lazily imported command, so `leb --help`
// loads only the CLI framework and each command loads only what it needs. Every library except the optional
// keyring addon is inside the bundle, which is why package.json lists them as devDependencies.
// Minified, without source maps: the package ships what runs, and less text to parse is a faster start.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  // Identifiers are renamed too: every error class names itself (`override readonly name = ...`), so nothing
  // depends on a constructor's name.
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __LEB_VERSION__: JSON.stringify(pkg.version) },
  // A native addon (.node per platform) cannot be bundled: it loads from node_modules at run time.
  external: ['@napi-rs/keyring'],
  // Bundled CommonJS dependencies call require() for Node built-ins; give ESM one.
  banner: { js: "import { createRequire as __lebCreateRequire } from 'node:module'; const require = __lebCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// bin/leb.js answers `leb --version` from this file alone, without loading the CLI.
mkdirSync(dist, { recursive: true });
writeFileSync(new URL('version.js', dist), `export const VERSION = ${JSON.stringify(pkg.version)};\n`);
