// `npm run spec`: write docs/provider-api.yaml from scripts/provider-api.ts. That file is TypeScript importing
// src/ (the zod wire schemas), so esbuild compiles it first, with the packages (zod, yaml) left as imports, into
// node_modules/.cache where those imports resolve; Node then runs it. test/providers/http/spec/openapi.test.ts fails until the
// committed YAML matches what this writes.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const compiled = new URL('../node_modules/.cache/leb/provider-api.mjs', import.meta.url);
await build({
  entryPoints: [new URL('./provider-api.ts', import.meta.url).pathname],
  outfile: compiled.pathname,
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  logLevel: 'warning',
});
const { providerApiYaml } = await import(compiled.href);
const target = new URL('../docs/provider-api.yaml', import.meta.url);
writeFileSync(target, providerApiYaml());
console.log(`wrote ${target.pathname}`);
