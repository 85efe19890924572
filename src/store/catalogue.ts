// The carrier catalogue a run uses: leb's entries with the user's merged over them. The user's carrier entries (LEB_HOME/carriers.json): `{"carriers": [ ... ]}`, each entry in the shape of
// src/domain/carriers/data.ts. leb only reads this file; a file that does not parse is reported (exit 9) and
// left as it is.

import { StateError } from '../errors.js';
import { CarrierDataError, mergeCatalogue, parseCarriers } from '../domain/carriers/parse.js';
import { builtinCarriers } from '../domain/carriers/catalogue.js';
import type { Carrier } from '../domain/carriers/types.js';
import { parseJsonFile, readTextIfExists } from './files.js';

/** The user's entries; [] when the file does not exist. */
export function readUserCarriers(file: string): Carrier[] {
  const text = readTextIfExists(file);
  if (text === null) return [];
  const data = parseJsonFile(file, text);
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CarrierDataError('(top level)', 'an object with a "carriers" list');
    return parseCarriers((data as Record<string, unknown>).carriers, 'carriers', 'user');
  } catch (error) {
    if (!(error instanceof CarrierDataError)) throw error;
    throw new StateError(file, { kind: 'invalid-value', path: error.path, detail: error.message.slice(error.path.length + 2) });
  }
}

/** leb's entries with the user's carriers.json merged over them. */
export function loadCatalogue(file: string): Carrier[] {
  return mergeCatalogue(builtinCarriers(), readUserCarriers(file));
}
