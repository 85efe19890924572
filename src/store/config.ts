// Accounts and settings in LEB_HOME/config.json: read and checked here (shape.ts fills defaults), migrated
// from older versions of the file in memory, and written through the one atomic 0600 writer (files.ts) under a
// cross-process lock around every read-modify-write. A file that cannot be read, does not parse or comes from a
// newer leb is reported (exit 9) and never overwritten. No library does this for us: see ARCHITECTURE.md
// ("Choices") for why conf went.

import { intIn, nullable, object, oneOf, record, string, withDefault, ShapeError, type Infer } from './shape.js';
import { StateError } from '../errors.js';
import { CONFIG_VERSION, migrateConfig } from './config-version.js';
import { readTextIfExists, parseJsonFile, writeFileAtomic } from './files.js';
import { withLock } from './lock.js';

const accountShape = object({
  provider: oneOf(['sandbox', 'http', 'airalo', 'manual', 'reloadly']),
  endpoint: withDefault(nullable(string), () => null),
  login: withDefault(nullable(string), () => null),
  /** Reloadly only: the origin tokens are asked from, when not Reloadly's own (tests, gateways). */
  authEndpoint: withDefault(nullable(string), () => null),
  createdAt: string,
  /** Where this account's tokens live: the OS keyring, the 0600 credentials file, or nowhere (sandbox). */
  credentials: withDefault(oneOf(['keyring', 'file', 'none']), () => 'none' as const),
});

const lineNotesShape = object({
  label: withDefault(nullable(string), () => null),
  note: withDefault(nullable(string), () => null),
});

const settingsShape = object({
  warnDays: withDefault(intIn(0, 365), () => 14),
  exec: withDefault(nullable(string), () => null),
});

/** Checks a parsed config file, filling defaults; throws ShapeError naming the first bad field. */
export const parseConfig = object({
  version: withDefault(oneOf([CONFIG_VERSION]), () => CONFIG_VERSION),
  defaultAccount: withDefault(nullable(string), () => null),
  accounts: withDefault(record(accountShape), () => ({})),
  settings: withDefault(settingsShape, () => ({ warnDays: 14, exec: null })),
  /** Labels and notes per line, keyed "account/lineId". */
  lines: withDefault(record(lineNotesShape), () => ({})),
});

export type Config = Infer<typeof parseConfig>;
export type AccountConfig = Infer<typeof accountShape>;

export const EMPTY_CONFIG: Config = parseConfig({}, '');

export class ConfigStore {
  constructor(readonly file: string) {}

  /** What this run last read or wrote: a command asks several times, the file is parsed once. */
  private last: Config | null = null;

  /** The current config; an empty one when the file does not exist yet. Callers may change their copy freely. */
  read(): Config {
    this.last ??= this.load();
    return structuredClone(this.last);
  }

  /** Straight from the file, as update() needs under its lock. */
  private load(): Config {
    const text = readTextIfExists(this.file);
    if (text === null) return structuredClone(EMPTY_CONFIG);
    const data = migrateConfig(parseJsonFile(this.file, text), this.file);
    try {
      return parseConfig(data, '');
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new StateError(this.file, { kind: 'invalid-value', path: error.path, detail: error.message });
    }
  }

  /** Read, change and write under the lock, so concurrent leb processes never lose each other's writes. */
  async update<T>(change: (config: Config) => T | Promise<T>): Promise<T> {
    return withLock(this.file, async () => {
      const config = this.load();
      const result = await change(config);
      const written = parseConfig(config, '');
      // Tab-indented, as the file has always been written.
      writeFileAtomic(this.file, JSON.stringify(written, undefined, '\t'));
      this.last = written;
      return result;
    });
  }
}
