// ESLint: the recommended rules for JavaScript and TypeScript, and the layers of ARCHITECTURE.md as an import
// rule. A file in src/ may import its own layer and the layers listed for it; any other import (upward, or
// sideways such as io/ → store/, type-only imports included) fails, and so does a runtime import cycle.

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * Each layer, its files, and the layers it may import. errors.ts and version.ts are pure and sit at the bottom
 * with domain/. store/ (disk) and providers/ (network) never word text or touch the terminal; providers keep
 * their state through store/ (tokens, the sandbox's file). io/ (terminal, words) never touches disk or network.
 */
const LAYERS = {
  domain: { files: ['src/domain', 'src/errors.ts', 'src/version.ts'], may: [] },
  store: { files: ['src/store'], may: ['domain'] },
  providers: { files: ['src/providers'], may: ['domain', 'store'] },
  io: { files: ['src/io'], may: ['domain'] },
  app: { files: ['src/app'], may: ['domain', 'store', 'providers', 'io'] },
  commands: { files: ['src/commands'], may: ['domain', 'store', 'providers', 'io', 'app'] },
  cli: { files: ['src/cli', 'src/main.ts', 'src/start'], may: ['domain', 'store', 'providers', 'io', 'app', 'commands'] },
};

const zones = Object.entries(LAYERS).flatMap(([name, layer]) =>
  Object.entries(LAYERS)
    .filter(([other]) => other !== name && !layer.may.includes(other))
    .map(([other, below]) => ({
      target: layer.files.map((file) => `./${file}`),
      from: below.files.map((file) => `./${file}`),
      message: `${name} may import only ${[name, ...layer.may].join(', ')}, not ${other} (ARCHITECTURE.md, "Layers").`,
    })),
);

const nodeGlobals = { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', WebAssembly: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: nodeGlobals } },
  {
    // CommonJS: .cjs files, and bin/ (its package.json says so).
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // tsc already fails on unused locals and parameters (tsconfig.json); twice is only slower.
      '@typescript-eslint/no-unused-vars': 'off',
      // Matching terminal escapes and control characters is deliberate: leb strips them from what it prints.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // So the cycle check reads the TypeScript files it follows, not only the one being linted.
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      // zod is configured once, before any schema is built (src/providers/zod.ts, which says why).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from src/providers/zod.ts (types may come from 'zod').", allowTypeImports: true }] },
      ],
    },
  },
  { files: ['src/providers/zod.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
);
