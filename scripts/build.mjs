// Bundle src/ into dist/ with esbuild: one ESM entry plus a chunk per lazily imported command, so `leb --help`
// loads only the CLI framework and each command loads only what it needs.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  sourcemap: 'linked',
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __LEB_VERSION__: JSON.stringify(pkg.version) },
  // A native addon (.node per platform) cannot be bundled: it loads from node_modules at run time.
  external: ['@napi-rs/keyring'],
  // Bundled CommonJS dependencies call require() for Node built-ins; give ESM one.
  banner: { js: "import { createRequire as __lebCreateRequire } from 'node:module'; const require = __lebCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
