// Accounts and settings in LEB_HOME/config.json, through conf (atomic writes) with the modes and locking conf
// does not give: 0600 file, 0700 directory, and a cross-process lock around every read-modify-write.
// A file that cannot be read or does not parse is reported (exit 9) and never overwritten.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { intIn, nullable, object, oneOf, record, string, withDefault, ShapeError, type Infer } from './shape.js';
import { StateError } from '../errors.js';
import { withLock } from './lock.js';
import { ensurePrivateDir, FILE_MODE } from './paths.js';

const accountShape = object({
  provider: oneOf(['sandbox', 'http', 'airalo']),
  endpoint: withDefault(nullable(string), () => null),
  login: withDefault(nullable(string), () => null),
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
  version: withDefault(oneOf([1]), () => 1 as const),
  defaultAccount: withDefault(nullable(string), () => null),
  accounts: withDefault(record(accountShape), () => ({})),
  settings: withDefault(settingsShape, () => ({ warnDays: 14, exec: null })),
  /** Labels and notes per line, keyed "account/lineId". */
  lines: withDefault(record(lineNotesShape), () => ({})),
});

export type Config = Infer<typeof parseConfig>;
export type AccountConfig = Infer<typeof accountShape>;

export const EMPTY_CONFIG: Config = parseConfig({}, '');

type ConfInstance = { store: Record<string, unknown> };

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
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(EMPTY_CONFIG);
      throw new StateError(this.file, `cannot read ${this.file}: ${(error as Error).message}`, { cause: error });
    }
    return this.parse(text);
  }

  private parse(text: string): Config {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new StateError(this.file, `${this.file} is not valid JSON (${(error as Error).message}); fix or move it away, leb will not overwrite it`, { cause: error });
    }
    try {
      return parseConfig(data, '');
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new StateError(this.file, `${this.file} has an invalid value at ${error.path}: ${error.message}; fix or move it away, leb will not overwrite it`);
    }
  }

  /** Read, change and write under the lock, so concurrent leb processes never lose each other's writes. */
  async update<T>(change: (config: Config) => T | Promise<T>): Promise<T> {
    ensurePrivateDir(dirname(this.file));
    return withLock(this.file, async () => {
      const config = this.load();
      const result = await change(config);
      const conf = await this.conf();
      const written = parseConfig(config, '');
      conf.store = written as unknown as Record<string, unknown>;
      this.last = written;
      return result;
    });
  }

  private async conf(): Promise<ConfInstance> {
    const { default: Conf } = await import('conf');
    const name = basename(this.file, '.json');
    return new Conf({ cwd: dirname(this.file), configName: name, projectSuffix: '', configFileMode: FILE_MODE }) as unknown as ConfInstance;
  }
}
