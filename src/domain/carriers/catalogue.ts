// leb's own carrier entries, validated once per run (a broken entry is a bug caught by the catalogue test).

import { BUILTIN_CARRIERS } from './data.js';
import { parseCarriers } from './parse.js';
import type { Carrier } from './types.js';

let parsed: Carrier[] | null = null;

export function builtinCarriers(): Carrier[] {
  parsed ??= parseCarriers(BUILTIN_CARRIERS, 'carriers', 'builtin');
  return parsed;
}

export function findCarrier(catalogue: readonly Carrier[], id: string): Carrier | undefined {
  return catalogue.find((c) => c.id === id);
}
