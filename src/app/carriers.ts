// The carrier catalogue a run uses: leb's entries with the user's carriers.json merged over them.

import type { StatePaths } from '../store/paths.js';
import { readUserCarriers } from '../store/carriers-file.js';
import { builtinCarriers } from '../domain/carriers/catalogue.js';
import { mergeCatalogue } from '../domain/carriers/parse.js';
import type { Carrier } from '../domain/carriers/types.js';

export function loadCatalogue(paths: Pick<StatePaths, 'carriers'>): Carrier[] {
  return mergeCatalogue(builtinCarriers(), readUserCarriers(paths.carriers));
}
